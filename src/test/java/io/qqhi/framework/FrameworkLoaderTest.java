package io.qqhi.framework;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameworkLoaderTest {
    static final String LEAF = "      - {id: L1, name: 甲, weight: 1, direction: +}\n";

    static String minimal(String extraTop, String tree) {
        return "index: {id: X, name: 测试}\n" + extraTop + "tree:\n" + tree;
    }

    static Problems load(String text) {
        Problems p = new Problems();
        new FrameworkLoader(p).loadText("t.yaml", text);
        return p;
    }

    static Problem only(Problems p) {
        List<Problem> errors = p.all().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), () -> "expected one error, got " + p.all());
        return errors.get(0);
    }

    @Test
    void loadsTheFullQingQinFramework() {
        Problems p = new Problems();
        Framework fw = new FrameworkLoader(p).load(Path.of("indicators.yaml"));
        assertNotNull(fw, () -> p.all().toString());
        assertTrue(p.isEmpty(), () -> p.all().toString());
        assertArrayEquals(new int[] {3, 6, 14, 37}, fw.shape());
        assertEquals(38, fw.items().size());
        assertEquals(26, fw.departments().size());
        assertEquals(26, fw.items().stream().map(Item::department).distinct().count(), "every department supplies an item");
        assertEquals(7, fw.survey().items().size());
        double sum = 0;
        for (int leaf : fw.leaves()) sum += fw.globalWeight(leaf);
        assertEquals(1.0, sum, 1e-12);
        // docs/methods.md, test vectors: gw of C1.1.1 = 0.35 · 0.60 · 0.60 · 0.40 = 0.0504
        assertEquals(0.0504, fw.globalWeight(fw.indexOf("C1.1.1")), 1e-12);
        assertEquals("deduction", fw.node(fw.indexOf("C1.1.1")).normalise().method());
        assertEquals(List.of("D12"), fw.node(fw.indexOf("A2.2.2")).departments());
        assertEquals("efficacy", fw.settings().normalise().method());
        // 27 since B1.3.1 became 涉企政策公开及解读率, which townships publish too (issue 19's revision)
        assertEquals(27, java.util.Arrays.stream(fw.leaves()).filter(i -> fw.node(i).township()).count());
    }

    @Test
    void loadsAnotherFrameworkOfAnyShape() {
        Problems p = new Problems();
        Framework fw = new FrameworkLoader(p).load(Path.of("src/test/resources/asem/asem.yaml"));
        assertNotNull(fw, () -> p.all().toString());
        assertArrayEquals(new int[] {2, 8, 49}, fw.shape());
        long negative = java.util.Arrays.stream(fw.leaves()).filter(i -> fw.node(i).direction() == Direction.LOWER).count();
        assertEquals(14, negative);
    }

    @Test
    void yaml11TrapsAreReadAsWritten() {
        Problems p = new Problems();
        Framework fw = new FrameworkLoader(p).loadText("t.yaml", minimal("",
                "  - {id: 0012, name: no, weight: 1, direction: +, township: no}\n"));
        assertNotNull(fw, () -> p.all().toString());
        Node n = fw.node(1);
        assertEquals("0012", n.id());
        assertEquals("no", n.name());
        assertFalse(n.township());
    }

    @Test
    void syntaxErrorNamesLineAndColumn() {
        Problem e = only(load("index: {id: X\ntree: [\n"));
        assertEquals("t.yaml", e.file());
        assertTrue(e.line() >= 1 && e.column() >= 1, e::format);
        assertTrue(e.message().startsWith("此处不符合YAML格式"), e::format);
    }

    @Test
    void tabIndentationIsRefusedWithPosition() {
        Problem e = only(load("index: {id: X}\ntree:\n\t- {id: A, direction: +}\n"));
        assertEquals(3, e.line());
        assertEquals(1, e.column());
        assertTrue(e.message().contains("制表符"));
    }

    @Test
    void duplicateIdsAreReportedAtTheSecondWithTheFirstLine() {
        Problem e = only(load(minimal("", "  - {id: A, weight: 1, direction: +}\n  - {id: A, weight: 1, direction: +}\n")));
        assertEquals(4, e.line());
        assertEquals("A", e.node());
        assertTrue(e.message().contains("首次用于第3行"), e::format);
    }

    @Test
    void duplicateKeysAreReported() {
        Problem e = only(load(minimal("", "  - id: A\n    weight: 1\n    weight: 2\n    direction: +\n")));
        assertEquals(5, e.line());
        assertTrue(e.message().contains("键“weight”重复"), e::format);
    }

    @Test
    void anchorsAndAliasesAreRefused() {
        String bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\ntree: [*c]\n";
        Problems p = load(bomb);
        assertTrue(p.errorCount() >= 3, () -> p.all().toString());
        assertTrue(p.all().stream().allMatch(x -> x.line() > 0));
        assertTrue(p.all().get(0).message().contains("锚点"));
    }

    @Test
    void oversizedFileIsRefusedBeforeParsing(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("big.yaml");
        byte[] big = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) '#');
        Files.write(f, big);
        Problems p = new Problems();
        assertNull(new FrameworkLoader(p).load(f));
        assertTrue(only(p).message().contains("10.0 MB"), () -> p.all().toString());
    }

    @Test
    void nonUtf8FileIsRefusedWithItsPosition(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("gbk.yaml");
        byte[] head = "index: {id: X}\ntree:\n  - {id: A, name: ".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] gbk = "亲清".getBytes(java.nio.charset.Charset.forName("GB18030"));
        Files.write(f, concat(head, gbk));
        Problems p = new Problems();
        assertNull(new FrameworkLoader(p).load(f));
        Problem e = only(p);
        assertEquals(3, e.line());
        assertEquals(19, e.column());
        assertTrue(e.message().contains("不是UTF-8"));
    }

    @Test
    void missingFileIsItsOwnKindOfError(@TempDir Path dir) {
        InputException e = assertThrows(InputException.class,
                () -> new FrameworkLoader(new Problems()).load(dir.resolve("none.yaml")));
        assertEquals(66, e.exitCode());
    }

    @Test
    void formulaNamingAnUnknownItemSuggestsTheNearOne() {
        String items = "departments: [{id: D1, name: 甲}]\nitems: [{id: Q19, department: D1}, {id: Q20, department: D1}]\n";
        Problem e = only(load(minimal(items, "  - {id: A, weight: 1, direction: +, formula: Q20 / Q91}\n")));
        assertEquals("A", e.node());
        assertTrue(e.message().contains("数据项“Q91”不存在") && e.message().contains("是否指“Q19”"), e::format);
    }

    @Test
    void formulaSyntaxErrorPointsIntoTheFormula() {
        String items = "departments: [{id: D1}]\nitems: [{id: Q1, department: D1}]\n";
        Problem e = only(load(minimal(items, "  - id: A\n    weight: 1\n    direction: +\n    formula: Q1 + system(1)\n")));
        assertEquals(8, e.line());
        assertEquals(19, e.column());
        assertTrue(e.message().contains("没有函数“system”（只可用 min 和 max）"), "in the messages' language: " + e.format());
    }

    @Test
    void improversThresholdIsReadAndANegativeOneIsAnErrorAtItsLine() {
        String tree = "  - {id: A, weight: 1, direction: +}\n";
        Problems ok = new Problems();
        Framework fw = new FrameworkLoader(ok).loadText("t.yaml", minimal("lists: {improve_min: 1.5}\n", tree));
        assertTrue(ok.all().stream().noneMatch(Problem::isError), ok.all()::toString);
        assertEquals(1.5, fw.lists().improveMin(), 0);
        Problem e = only(load(minimal("lists:\n  improve_min: -1\n", tree)));
        assertEquals(3, e.line());
        assertTrue(e.message().contains("improve_min"), e::format);
    }

    @Test
    void badWeightsAreErrors() {
        Problem neg = only(load(minimal("", "  - {id: A, weight: -1, direction: +}\n  - {id: B, weight: 2, direction: +}\n")));
        assertTrue(neg.message().contains("为负"), neg::format);
        assertEquals("A", neg.node());
        Problem abc = only(load(minimal("", "  - {id: A, weight: \"abc\", direction: +}\n")));
        assertTrue(abc.message().contains("应为数"), abc::format);
        assertEquals(3, abc.line());
    }

    @Test
    void nonSummingWeightsWarnButEqualWeightsDoNot() {
        Problems p = load(minimal("", "  - {id: A, weight: 0.5, direction: +}\n  - {id: B, weight: 0.4, direction: +}\n"));
        assertFalse(p.hasErrors());
        assertEquals(1, p.warningCount());
        assertTrue(p.all().get(0).message().contains("之和为0.9"));
        Problems q = load(minimal("", "  - {id: A, weight: 1, direction: +}\n  - {id: B, weight: 1, direction: +}\n"));
        assertTrue(q.isEmpty(), () -> q.all().toString());
    }

    @Test
    void leafWithoutDirectionAndExpectMismatchAreErrors() {
        Problems p = load(minimal("expect: [2]\n", "  - {id: A, weight: 1}\n"));
        assertEquals(2, p.errorCount(), () -> p.all().toString());
        assertTrue(p.all().stream().anyMatch(x -> x.message().contains("没有方向")));
    }

    @Test
    void unknownMethodAndParameterAreNamed() {
        Problem m = only(load(minimal("method: {normalise: {method: minmx}}\n", LEAF.replace("      ", "  "))));
        assertTrue(m.message().contains("是否指“minmax”"), m::format);
        Problem q = only(load(minimal("method: {normalise: {method: efficacy, flor: 50}}\n", LEAF.replace("      ", "  "))));
        assertTrue(q.message().contains("没有参数“flor”") && q.message().contains("“floor”"), q::format);
    }

    @Test
    void unusedItemIsAWarning() {
        String items = "departments: [{id: D1}]\nitems: [{id: Q1, department: D1}, {id: Q2, department: D1}]\n";
        Problems p = load(minimal(items, "  - {id: A, weight: 1, direction: +, formula: Q1}\n"));
        assertFalse(p.hasErrors());
        assertEquals("Q2", p.all().get(0).node());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @Test
    void theSensitivitySectionIsReadAndCheckedWithPositions() {
        Problems p = new Problems();
        Framework fw = new FrameworkLoader(p).loadText("t.yaml", minimal("sensitivity:\n  runs: 500\n  aggregators: [arithmetic, geometric]\n"
                + "  weight_levels: [1]\n", "  - {id: A, name: 甲, weight: 1, direction: +}\n"));
        assertNotNull(fw, () -> p.all().toString());
        assertEquals(500, fw.sensitivity().runs());
        assertEquals(List.of("arithmetic", "geometric"), fw.sensitivity().aggregators());
        assertEquals(List.of("prank"), fw.sensitivity().normalisers(), "absent keys keep their defaults");
        Problem e = only(load(minimal("sensitivity:\n  aggregators: [arithmetic, geometrik]\n",
                "  - {id: A, name: 甲, weight: 1, direction: +}\n")));
        assertEquals(3, e.line());
        assertTrue(e.message().contains("是否指“geometric”"), e.message());
        Problem level = only(load(minimal("sensitivity:\n  weight_levels: [2]\n", "  - {id: A, name: 甲, weight: 1, direction: +}\n")));
        assertTrue(level.message().contains("第1至1级"), level.message());
    }
}
