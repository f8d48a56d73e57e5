package io.qqhi.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.qqhi.framework.Framework;
import io.qqhi.framework.MethodCatalog;
import io.qqhi.framework.MethodCatalog.MethodDef;
import io.qqhi.framework.MethodCatalog.Step;
import io.qqhi.framework.ScoreScale;
import io.qqhi.framework.Settings;
import io.qqhi.report.ReportFixture;

/** One registry entry per method (docs/methods.md, methods): what the framework, --set and the pipeline all read. */
class MethodRegistryTest {
    /**
     * A made-up normaliser: the share of the pool at or below a value, on [0, 10] — the only new
     * class a new method needs. Registering it makes it known to --set, the framework reader, the
     * scale check and the pipeline.
     */
    static final class ShareAtOrBelow implements Normaliser {
        @Override
        public boolean normalise(double[] x, Column c, double[] out) {
            for (int u = 0; u < x.length; u++) {
                int k = 0;
                for (double y : x) if (c.sign() * y <= c.sign() * x[u]) k++;
                out[u] = 10.0 * k / x.length;
            }
            return Arrays.stream(x).distinct().count() == 1;
        }
    }

    /**
     * On the fixture's evenly spaced leaves each place is at or above the same share on every leaf:
     * 甲区 5/5, 乙区 4/5, 丙区 3/5, 丁区 2/5, 戊区 1/5 of 10 points, so its index is 10, 8, 6, 4, 2.
     */
    @Test
    void aMadeUpNormaliserIsOneRegistration() {
        Methods.register(new MethodDef(Step.NORMALISE, "share-below", java.util.List.of(), s -> new ScoreScale(0, 10), null, false, null),
                s -> new ShareAtOrBelow());
        Framework fw = ReportFixture.framework();
        Settings s = fw.settings().with(Map.of("normalise.method", "share-below"));
        assertEquals(new ScoreScale(0, 10), s.normalise().scale());
        IndexResult r = Pipeline.run(fw.withSettings(s), ReportFixture.data(ReportFixture.NOW), s);
        double[] expected = {10, 8, 6, 4, 2};
        for (int u = 0; u < 5; u++) assertEquals(expected[u], r.pools().get(0).scores()[u][0], 1e-12, ReportFixture.NAMES[u]);
        assertThrows(IllegalArgumentException.class, () -> fw.settings().with(Map.of("normalise.method", "share-belo")));
    }

    @Test
    void everyBuiltInMethodHasAnImplementation() {
        for (Step step : Step.values()) {
            for (String name : MethodCatalog.methods(step).keySet()) {
                Map<String, String> params = new java.util.HashMap<>();
                if (name.startsWith("group-")) params.put("group", "size");
                if (name.equals("dist2ref")) params.put("unit", "DEU");
                Object made = switch (step) {
                    case NORMALISE -> Methods.normaliser(io.qqhi.framework.MethodSpec.of(step, name, params));
                    case AGGREGATE -> Methods.aggregator(io.qqhi.framework.MethodSpec.of(step, name, params));
                    case IMPUTE -> Methods.imputer(io.qqhi.framework.MethodSpec.of(step, name, params));
                    case OUTLIERS -> Methods.treatment(io.qqhi.framework.MethodSpec.of(step, name, params));
                };
                assertTrue(made != null, step + " " + name);
            }
        }
    }

    /** docs/methods.md's tables of normalisers and aggregators name exactly the registered methods. */
    @Test
    void theMethodsDocumentNamesEveryRegisteredMethod() throws IOException {
        String doc = Files.readString(Path.of("docs/methods.md"));
        for (Step step : new Step[] {Step.NORMALISE, Step.AGGREGATE}) {
            for (String name : new MethodRegistry().builtIn(step)) {
                assertTrue(doc.contains("`" + name + "`"), "docs/methods.md does not describe " + step.key + " method " + name);
            }
        }
    }

    /** The built-in methods, as the registry lists them (a test's registration aside). */
    static final class MethodRegistry {
        java.util.List<String> builtIn(Step step) {
            return new Methods().methods().stream().filter(d -> d.step() == step).map(MethodDef::name).toList();
        }
    }
}
