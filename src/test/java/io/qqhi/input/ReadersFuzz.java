package io.qqhi.input;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import io.qqhi.framework.Framework;
import io.qqhi.framework.FrameworkLoader;
import io.qqhi.framework.InputException;
import io.qqhi.framework.Pool;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;
import io.qqhi.framework.YamlDocumentReader;

/**
 * Fuzzing the readers (a step of its own in .ci/run, about a minute; not part of the unit suite):
 * malformed CSV, department files, survey files, workbooks and YAML must end in a normal result or
 * an input error whose problems say where — never another exception. An input that breaks this is
 * saved under target/fuzz-failures/ and belongs in src/test/resources/fuzz/, which
 * {@link FuzzCorpusTest} replays on every build.
 */
class ReadersFuzz {
    static final Framework FW = load();
    static final UnitRegistry UNITS = UnitRegistry.read(Path.of("sample-data/units.csv"), "auto", Pool.DEFAULTS, new Problems());
    static final byte[] XLSX = readSample("sample-data/2026H1/departments/D24-市中级人民法院.xlsx");
    static final byte[] YAML = readSample("indicators.yaml");
    static final byte[] SURVEY = java.util.Arrays.copyOf(readSample("sample-data/2026H1/survey/responses.csv"), 6000);
    static final byte[] DEPARTMENT = readSample("sample-data/2026H1/departments/D02-市委组织部.csv");

    static Framework load() {
        Problems p = new Problems();
        Framework f = new FrameworkLoader(p).load(Path.of("indicators.yaml"));
        assertNotNull(f, p.all()::toString);
        return f;
    }

    static byte[] readSample(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid input with a few bytes changed, inserted or cut: what damaged files look like. */
    static Arbitrary<byte[]> mutants(byte[] seed) {
        Arbitrary<Integer> pos = Arbitraries.integers().between(0, Math.max(0, seed.length - 1));
        Arbitrary<Byte> b = Arbitraries.of((byte) ',', (byte) '"', (byte) '\n', (byte) '\r', (byte) 0, (byte) 0xE4, (byte) 0xFF,
                (byte) '[', (byte) '{', (byte) ':', (byte) '-', (byte) 'x', (byte) '9', (byte) '\t', (byte) ' ');
        return Arbitraries.integers().between(1, 8).flatMap(n -> pos.list().ofSize(n).flatMap(ps -> b.list().ofSize(n)
                .flatMap(bs -> Arbitraries.integers().between(0, 3).map(kind -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    byte[] x = seed.clone();
                    if (kind == 3 && x.length > 0) return java.util.Arrays.copyOf(x, ps.get(0)); // cut short
                    for (int i = 0; i < ps.size(); i++) {
                        if (kind == 0 && x.length > 0) x[ps.get(i)] = bs.get(i);
                    }
                    if (kind == 1 || kind == 2) {
                        int at = ps.get(0);
                        out.write(x, 0, at);
                        if (kind == 1) for (Byte y : bs) out.write(y);
                        out.write(x, Math.min(x.length, at + (kind == 2 ? ps.size() : 0)), Math.max(0, x.length - at - (kind == 2 ? ps.size() : 0)));
                        return out.toByteArray();
                    }
                    return x;
                }))));
    }

    @Provide
    Arbitrary<byte[]> csv() {
        return Arbitraries.oneOf(mutants(DEPARTMENT), Arbitraries.bytes().array(byte[].class).ofMaxSize(300));
    }

    @Provide
    Arbitrary<byte[]> survey() {
        return mutants(SURVEY);
    }

    @Provide
    Arbitrary<byte[]> xlsx() {
        return mutants(XLSX);
    }

    @Provide
    Arbitrary<byte[]> yaml() {
        return Arbitraries.oneOf(mutants(YAML), Arbitraries.strings().withChars("[]{}:-#'\"\n\t &*!|>%@ab1").ofMaxLength(200)
                .map(t -> t.getBytes(StandardCharsets.UTF_8)));
    }

    /** Runs a reader; anything but a normal end or an input error with located problems is a failure, saved. */
    static void mustEndWell(String kind, byte[] input, ThrowingReader reader) throws Exception {
        Path dir = Files.createTempDirectory("fuzz");
        Path f = dir.resolve(kind.equals("xlsx") ? "D24-市中级人民法院.xlsx" : kind.equals("yaml") ? "f.yaml"
                : kind.equals("survey") ? "responses.csv" : "D02-市委组织部.csv");
        Files.write(f, input);
        try {
            reader.read(f);
        } catch (InputException e) {
            for (Problem p : e.problems()) assertTrue(p.file() != null || p.unit() != null || p.node() != null, p::toString);
        } catch (Throwable t) {
            Path saved = Path.of("target/fuzz-failures");
            Files.createDirectories(saved);
            Files.write(saved.resolve(kind + "-" + Integer.toHexString(java.util.Arrays.hashCode(input)) + ".bin"), input);
            throw t;
        } finally {
            try (var s = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) s.sorted(java.util.Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
            }
        }
    }

    interface ThrowingReader {
        void read(Path f) throws Exception;
    }

    static void department(Path f) {
        new DepartmentDataReader(FW, UNITS, new Problems()).read(f, "auto", new ItemValues(UNITS, FW.items()));
    }

    static void survey(Path f) {
        SurveyReader.read(f, FW, UNITS, SurveyFrame.read(Path.of("sample-data/frame.csv"), UNITS, "auto", new Problems()), "auto",
                new Problems());
    }

    static void yaml(Path f) {
        Problems p = new Problems();
        new YamlDocumentReader(p).read(f);
        new FrameworkLoader(new Problems()).load(f);
    }

    @Property(tries = 12000)
    void departmentFiles(@ForAll("csv") byte[] input) throws Exception {
        mustEndWell("csv", input, ReadersFuzz::department);
    }

    @Property(tries = 3000)
    void surveyFiles(@ForAll("survey") byte[] input) throws Exception {
        mustEndWell("survey", input, ReadersFuzz::survey);
    }

    @Property(tries = 3000)
    void workbooks(@ForAll("xlsx") byte[] input) throws Exception {
        mustEndWell("xlsx", input, ReadersFuzz::department);
    }

    @Property(tries = 8000)
    void yamlFiles(@ForAll("yaml") byte[] input) throws Exception {
        mustEndWell("yaml", input, ReadersFuzz::yaml);
    }

}
