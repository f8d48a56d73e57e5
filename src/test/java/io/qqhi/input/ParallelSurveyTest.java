package io.qqhi.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qqhi.framework.Framework;
import io.qqhi.framework.FrameworkLoader;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;

/** The multi-threaded survey reader gives exactly what the one-pass reader gives, errors included. */
class ParallelSurveyTest {
    @Test
    void partsJoinToTheSameResultAsOnePass(@TempDir Path dir) throws Exception {
        Path data = SampleDataCopy.into(dir);
        Problems p0 = new Problems();
        Framework fw = new FrameworkLoader(p0).load(Path.of("indicators.yaml"));
        UnitRegistry reg = UnitRegistry.read(data.resolve("units.csv"), "auto", p0);
        SurveyFrame frame = SurveyFrame.read(data.resolve("frame.csv"), reg, "auto", p0);
        StringBuilder b = new StringBuilder("respondent,unit,size_class,industry,S01,S02,S03,S04,S05,S06,S07\n");
        SplittableRandom r = new SplittableRandom(7);
        String[] classes = {"大型", "中型", "小型", "微型"};
        int rows = 60_000;
        for (int i = 0; i < rows; i++) {
            String unit = reg.units().get(i * reg.units().size() / rows).code();
            // a duplicate id far from its first use (in another part), and an answer off the scale
            String id = i == rows - 5 ? "R1000" : "R" + i;
            b.append(id).append(',').append(unit).append(',').append(classes[r.nextInt(4)]).append(",制造业");
            for (int j = 0; j < 7; j++) b.append(',').append(i == rows / 2 && j == 3 ? "9" : Integer.toString(1 + r.nextInt(5)));
            b.append('\n');
        }
        Path f = dir.resolve("responses.csv");
        Files.write(f, b.toString().getBytes(StandardCharsets.UTF_8));
        int saved = SurveyReader.parallelFromBytes;
        try {
            SurveyReader.parallelFromBytes = Integer.MAX_VALUE;
            Problems one = new Problems();
            SurveyResult a = SurveyReader.read(f, fw, reg, frame, "auto", one);
            SurveyReader.parallelFromBytes = 0;
            Problems many = new Problems();
            SurveyResult c = SurveyReader.read(f, fw, reg, frame, "auto", many);
            assertEquals(a.kept(), c.kept());
            for (int u = 0; u < a.units().size(); u++) {
                assertArrayEquals(a.n()[u], c.n()[u]);
                assertArrayEquals(a.mean()[u], c.mean()[u], 1e-9);
                assertEquals(a.alpha()[u], c.alpha()[u], 1e-9);
            }
            List<String> x = one.all().stream().map(Problem::format).toList();
            List<String> y = many.all().stream().map(Problem::format).toList();
            assertEquals(x, y);
            assertEquals(2, x.size(), x::toString);
            assertEquals(rows / 2 + 2, one.all().get(0).line());
            assertEquals(rows - 5 + 2, one.all().get(1).line());
        } finally {
            SurveyReader.parallelFromBytes = saved;
        }
    }
}
