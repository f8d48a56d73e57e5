package io.qqhi.sample;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import io.qqhi.framework.Department;
import io.qqhi.framework.Framework;
import io.qqhi.framework.FrameworkLoader;
import io.qqhi.framework.Item;
import io.qqhi.framework.Problems;
import io.qqhi.framework.SurveySpec;
import io.qqhi.input.DataFolder;
import io.qqhi.input.LeafDeriver;
import io.qqhi.report.workbook.XlsxBytes;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes SYNTHETIC sample data (not real Ningbo figures): a unit registry, a survey frame, and for
 * each period one file per department plus survey micro-data. Deterministic for a seed. Each unit
 * has a latent quality per dimension (亲清健康 A, 亲近 B, 清廉 C), q_d = 0.5·g + 0.87·e_d with g and
 * e_d ~ N(0, 1): correlated by 0.25, so a place strong on one dimension may be weak on another, as
 * real places are; the qualities drift between periods, so rankings are meaningful and move. With --districts/--townships/--respondents it makes large data for benchmarks.
 *
 * <p>Usage: {@code java -cp target/qqhi.jar io.qqhi.sample.SampleDataGenerator --out DIR [--seed N]
 * [--periods 2025H2,2026H1] [--districts N --townships M] [--respondents R] [--workbook DEPARTMENT]};
 * --workbook writes that department's file as .xlsx at any size (the showcase writes D24's so).
 */
public final class SampleDataGenerator {
    private static final String[][] DISTRICTS = {
        {"HS", "海曙区", "Haishu"}, {"JB", "江北区", "Jiangbei"}, {"ZH", "镇海区", "Zhenhai"}, {"BL", "北仑区", "Beilun"},
        {"YZ", "鄞州区", "Yinzhou"}, {"FH", "奉化区", "Fenghua"}, {"YY", "余姚市", "Yuyao"}, {"CX", "慈溪市", "Cixi"},
        {"NH", "宁海县", "Ninghai"}, {"XS", "象山县", "Xiangshan"}, {"QW", "前湾新区", "Qianwan New Area"},
        {"GX", "高新区", "Hi-tech Zone"}};
    private static final String[][] TOWNSHIPS = {
        {"gulin", "古林镇", "Gulin", "HS"}, {"jishigang", "集士港镇", "Jishigang", "HS"}, {"cicheng", "慈城镇", "Cicheng", "JB"},
        {"luotuo", "骆驼街道", "Luotuo", "ZH"}, {"jiulonghu", "九龙湖镇", "Jiulonghu", "ZH"},
        {"chunxiao", "春晓街道", "Chunxiao", "BL"}, {"jiangshan", "姜山镇", "Jiangshan", "YZ"},
        {"wuxiang", "五乡镇", "Wuxiang", "YZ"}, {"chunhu", "莼湖街道", "Chunhu", "FH"}, {"simen", "泗门镇", "Simen", "YY"},
        {"guanhaiwei", "观海卫镇", "Guanhaiwei", "CX"}, {"zhouxiang", "周巷镇", "Zhouxiang", "CX"},
        {"xidian", "西店镇", "Xidian", "NH"}, {"shipu", "石浦镇", "Shipu", "XS"}, {"andong", "庵东镇", "Andong", "QW"}};
    private static final String[] SIZE_CLASSES = {"大型", "中型", "小型", "微型"};
    private static final double[] SAMPLE_SHARE = {0.15, 0.30, 0.35, 0.20};
    private static final String[] INDUSTRIES = {"制造业", "批发和零售业", "建筑业", "信息技术服务业", "其他服务业"};

    record Unit(String code, String name, String nameEn, String pool, String parent, double size) {
    }

    private final Framework fw;
    private final long seed;
    private final List<Unit> units = new ArrayList<>();
    private final Map<String, double[]> quality = new LinkedHashMap<>();
    private int months = 12; // of the period being written (6 for a half-year)
    /** A department whose file is written as a workbook whatever the size (for benchmarks), or null. */
    private String workbookDepartment;

    SampleDataGenerator(Framework fw, long seed) {
        this.fw = fw;
        this.seed = seed;
    }

    /** The options the generator takes; anything else is a usage error (64). */
    private static final List<String> OPTIONS = List.of("out", "framework", "seed", "districts", "townships", "respondents",
            "periods", "workbook");

    private static final String USAGE = """
            用法：scripts/generate-sample-data [--out 目录] [--seed N] [--periods 2025H2,2026H1 | --periods N]
                  [--districts N --townships M] [--respondents R] [--workbook 部门代码]
            写出合成数据（同一种子得同一数据）：默认写入 sample-data/（2期、12个区县市、15个重点乡镇）。
              --periods N   截至2026年上半年的最近N个半年期
              --districts、--townships、--respondents   基准测试用的大规模数据
            """;

    public static void main(String[] args) throws IOException {
        Map<String, String> a = new LinkedHashMap<>();
        for (String x : args) {
            if (x.equals("--help") || x.equals("-h")) {
                System.out.print(USAGE);
                return;
            }
        }
        for (int i = 0; i < args.length; i += 2) {
            String key = args[i].replaceFirst("^--", "");
            if (!args[i].startsWith("--") || !OPTIONS.contains(key) || i + 1 >= args.length) usage("无法识别的参数：" + args[i]);
            a.put(key, args[i + 1]);
        }
        Path out = Path.of(a.getOrDefault("out", "sample-data"));
        Problems problems = new Problems();
        Framework fw = new FrameworkLoader(problems).load(Path.of(a.getOrDefault("framework", "indicators.yaml")));
        if (fw == null) {
            problems.all().forEach(p -> System.err.println(p.format()));
            System.exit(65);
        }
        SampleDataGenerator g = new SampleDataGenerator(fw, number(a, "seed", 20261121L));
        int districts = (int) number(a, "districts", 0);
        int townships = (int) number(a, "townships", 0);
        long respondents = number(a, "respondents", 0);
        String[] periods = periods(a.getOrDefault("periods", "2025H2,2026H1"));
        g.workbookDepartment = a.get("workbook");
        g.makeUnits(districts, townships);
        g.write(out, periods, respondents, districts == 0 && townships == 0);
        System.err.println("已写出合成数据：" + g.units.size() + "个单位、" + periods.length + "期，位于" + out);
    }

    private static void usage(String why) {
        System.err.println(why);
        System.err.print(USAGE);
        System.exit(64);
    }

    private static long number(Map<String, String> a, String key, long def) {
        String v = a.get(key);
        if (v == null) return def;
        try {
            long n = Long.parseLong(v.strip());
            if (n >= 0) return n;
        } catch (NumberFormatException e) {
            // said below
        }
        usage("--" + key + " 须为非负整数：" + v);
        return def;
    }

    /** A list of periods, or a count: the last N half-years up to 2026H1. */
    static String[] periods(String v) {
        if (v.strip().matches("[0-9]+")) {
            int n = Integer.parseInt(v.strip());
            if (n < 1 || n > 40) usage("--periods 须为1至40之间的期数或期别列表：" + v);
            String[] out = new String[n];
            String p = "2026H1";
            for (int i = n - 1; i >= 0; i--) {
                out[i] = p;
                p = previousHalf(p);
            }
            return out;
        }
        String[] out = v.split(",");
        for (int i = 0; i < out.length; i++) {
            out[i] = out[i].strip();
            if (!DataFolder.PERIOD.matcher(out[i]).matches()) usage("--periods 中的期别无效：" + out[i]);
        }
        return out;
    }

    private static String previousHalf(String p) {
        int year = Integer.parseInt(p.substring(0, 4));
        return p.endsWith("H2") ? year + "H1" : (year - 1) + "H2";
    }

    void makeUnits(int districts, int townships) {
        SplittableRandom r = new SplittableRandom(seed);
        if (districts == 0 && townships == 0) {
            for (String[] d : DISTRICTS) units.add(new Unit(d[0], d[1], d[2], "district", "", 0.6 + r.nextDouble() * 1.2));
            for (String[] t : TOWNSHIPS) units.add(new Unit(t[0], t[1], t[2], "township", t[3], 0.6 + r.nextDouble() * 1.0));
        } else {
            for (int i = 1; i <= districts; i++) {
                units.add(new Unit(String.format(Locale.ROOT, "D%05d", i), "区县" + i, "District " + i, "district", "",
                        0.6 + r.nextDouble() * 1.2));
            }
            for (int i = 1; i <= townships; i++) {
                String parent = districts == 0 ? "" : String.format(Locale.ROOT, "D%05d", 1 + (i - 1) % districts);
                units.add(new Unit(String.format(Locale.ROOT, "T%06d", i), "乡镇" + i, "Township " + i, "township", parent,
                        0.6 + r.nextDouble() * 1.0));
            }
        }
        for (Unit u : units) {
            double g = gauss(r);
            double[] q = new double[3];
            for (int d = 0; d < 3; d++) q[d] = 0.5 * g + 0.87 * gauss(r);
            quality.put(u.code, q);
        }
    }

    void write(Path out, String[] periods, long respondents, boolean showcase) throws IOException {
        Files.createDirectories(out);
        writeRegistry(out.resolve("units.csv"));
        writeFrame(out.resolve("frame.csv"));
        Files.writeString(out.resolve("README.md"), "# SYNTHETIC sample data\n\nGenerated by `scripts/generate-sample-data` "
                + "(seed " + seed + "). These figures are invented for demonstration and testing; they are not real data "
                + "of Ningbo or of any place named here.\n", StandardCharsets.UTF_8);
        // the notice every people-facing output shows (docs/formats.md, data folder)
        Files.writeString(out.resolve("dataset.yaml"), "name: 亲清健康指数示例数据\nnotice: 示例数据，非真实评价结果\n",
                StandardCharsets.UTF_8);
        SplittableRandom drift = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int p = 0; p < periods.length; p++) {
            if (p > 0) for (double[] q : quality.values()) for (int d = 0; d < q.length; d++) q[d] += 0.35 * gauss(drift);
            SplittableRandom r = new SplittableRandom(seed * 31 + p);
            months = DataFolder.months(periods[p]);
            writePeriod(out.resolve(periods[p]), r, respondents, showcase, p);
        }
    }

    private void writeRegistry(Path f) throws IOException {
        StringBuilder b = new StringBuilder("code,name,name_en,pool,parent,kind,overlaps\n");
        for (Unit u : units) {
            String kind = u.pool.equals("township") ? (u.name.endsWith("街道") ? "街道" : "镇")
                    : u.name.endsWith("区") && !u.name.endsWith("新区") && !u.name.equals("高新区") ? "区"
                    : u.name.endsWith("新区") || u.name.equals("高新区") ? "功能区" : "县市";
            String overlaps = u.code.equals("QW") ? "CX" : u.code.equals("GX") ? "YZ" : ""; // the district a functional area lies in
            b.append(String.join(",", u.code, u.name, u.nameEn, u.pool, u.parent, kind, overlaps)).append('\n');
        }
        Files.writeString(f, b.toString(), StandardCharsets.UTF_8);
    }

    private void writeFrame(Path f) throws IOException {
        SplittableRandom r = new SplittableRandom(seed + 7);
        StringBuilder b = new StringBuilder("unit,size_class,firms\n");
        double[] base = {60, 420, 4200, 26000};
        for (Unit u : units) {
            double scale = u.pool.equals("township") ? 0.12 : 1.0;
            for (int h = 0; h < SIZE_CLASSES.length; h++) {
                long n = Math.max(1, Math.round(base[h] * u.size * scale * (0.8 + 0.4 * r.nextDouble())));
                b.append(u.code).append(',').append(SIZE_CLASSES[h]).append(',').append(n).append('\n');
            }
        }
        Files.writeString(f, b.toString(), StandardCharsets.UTF_8);
    }

    private void writePeriod(Path dir, SplittableRandom r, long respondents, boolean showcase, int period) throws IOException {
        Path deps = dir.resolve("departments");
        Files.createDirectories(deps);
        Files.createDirectories(dir.resolve("survey"));
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        for (Unit u : units) values.put(u.code, itemValues(u, r));
        if (showcase) {
            // genuine gaps, as departments send them
            values.get("GX").put("Q31", "—");
            values.get("andong").put("Q29", "N/A");
            values.get("shipu").put("Q29", "");
            if (period > 0) values.get("XS").put("Q07", "");
        }
        boolean yearEnd = DataFolder.endsYear(dir.getFileName().toString()); // annual items: year-end only (docs/methods.md)
        for (Department d : fw.departments()) {
            List<Item> own = fw.items().stream().filter(i -> d.id().equals(i.department()) && (yearEnd || !i.annual())).toList();
            String name = d.id() + "-" + d.name();
            if (own.isEmpty()) {
                for (String ext : new String[] {".csv", ".xlsx"}) Files.deleteIfExists(deps.resolve(name + ext)); // stale now
                continue;
            }
            if ((showcase && d.id().equals("D24")) || d.id().equals(workbookDepartment)) {
                writeXlsx(deps.resolve(name + ".xlsx"), own, values);
            } else if (showcase && (d.id().equals("D05") || d.id().equals("D18"))) {
                writeWide(deps.resolve(name + ".csv"), own, values, StandardCharsets.UTF_8, true);
            } else if (showcase && d.id().equals("D10")) {
                writeLong(deps.resolve(name + ".csv"), own, values, Charset.forName("GB18030"), false);
            } else {
                writeLong(deps.resolve(name + ".csv"), own, values, StandardCharsets.UTF_8, showcase && d.id().equals("D01"));
            }
        }
        writeSurvey(dir.resolve("survey").resolve("responses.csv"), r, respondents, showcase, period);
    }

    private final Map<String, Set<String>> needed = new HashMap<>();

    private boolean owes(Unit u, Item it) {
        return needed.computeIfAbsent(u.pool, pool -> {
            Set<String> s = new HashSet<>();
            for (Item i : fw.items()) if (LeafDeriver.needs(fw, pool, i.id())) s.add(i.id());
            return s;
        }).contains(it.id());
    }

    private void writeLong(Path f, List<Item> own, Map<String, Map<String, String>> values, Charset cs, boolean bom)
            throws IOException {
        StringBuilder b = new StringBuilder("unit,item,value,note\n");
        for (Item it : own) {
            for (Unit u : units) {
                if (!owes(u, it)) continue;
                String v = values.get(u.code).get(it.id());
                String note = v.isEmpty() || v.equals("—") || v.equals("N/A") ? "暂无数据" : "";
                b.append(u.code).append(',').append(it.id()).append(',').append(v).append(',').append(note).append('\n');
            }
        }
        write(f, b.toString(), cs, bom);
    }

    private void writeWide(Path f, List<Item> own, Map<String, Map<String, String>> values, Charset cs, boolean byName)
            throws IOException {
        StringBuilder b = new StringBuilder("单位");
        for (Item it : own) b.append(',').append(byName ? it.id() : it.id());
        b.append('\n');
        for (Unit u : units) {
            if (own.stream().noneMatch(it -> owes(u, it))) continue;
            b.append(u.name);
            for (Item it : own) b.append(',').append(owes(u, it) ? values.get(u.code).get(it.id()) : "");
            b.append('\n');
        }
        write(f, b.toString(), cs, true);
    }

    private void writeXlsx(Path f, List<Item> own, Map<String, Map<String, String>> values) throws IOException {
        try (OutputStream os = Files.newOutputStream(f); Workbook wb = new Workbook(os, "qqhi", "1.0")) {
            wb.setCompressionLevel(6);
            Worksheet ws = wb.newWorksheet("数据");
            ws.value(0, 0, "unit");
            for (int j = 0; j < own.size(); j++) ws.value(0, j + 1, own.get(j).id());
            int row = 1;
            for (Unit u : units) {
                if (own.stream().noneMatch(it -> owes(u, it))) continue;
                ws.value(row, 0, u.code);
                for (int j = 0; j < own.size(); j++) {
                    String v = owes(u, own.get(j)) ? values.get(u.code).get(own.get(j).id()) : "";
                    if (!v.isEmpty()) ws.value(row, j + 1, Double.parseDouble(v));
                }
                row++;
            }
        }
        // fastexcel stamps the creation time; fix it so the file is the same bytes every run
        normaliseXlsxTimestamps(f);
    }

    private static void normaliseXlsxTimestamps(Path f) throws IOException {
        Files.write(f, XlsxBytes.deterministic(Files.readAllBytes(f)));
    }

    private static void write(Path f, String text, Charset cs, boolean bom) throws IOException {
        byte[] body = text.getBytes(cs);
        if (bom) {
            byte[] withBom = new byte[body.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(body, 0, withBom, 3, body.length);
            body = withBom;
        }
        Files.write(f, body);
    }

    /**
     * Realistic magnitudes per item (docs/formats.md, the bundled framework), driven by the unit's
     * quality on the item's dimension: A (Q01–Q14), B (Q15–Q31, Q39, Q40, Q42, Q43), C (Q32–Q38, Q41).
     */
    private Map<String, String> itemValues(Unit u, SplittableRandom r) {
        // half signal, half noise: places are good at different things, so short boards differ
        double[] quality3 = quality.get(u.code);
        double a = 0.5 * quality3[0];
        double q = 0.5 * quality3[1];
        double c = 0.5 * quality3[2];
        boolean twp = u.pool.equals("township");
        double s = u.size * (twp ? 0.1 : 1.0);
        Map<String, String> v = new LinkedHashMap<>();
        long q03 = Math.round(60000 * s * (0.9 + 0.2 * r.nextDouble()));
        v.put("Q01", dec(5.5 + 1.4 * a + gauss(r), 1));
        v.put("Q03", Long.toString(q03));
        v.put("Q02", Long.toString(Math.round(q03 * (1 + (6 + 2.2 * a + 1.5 * gauss(r)) / 100))));
        v.put("Q04", cnt(q03 * (1.2 + 0.4 * a + 0.2 * gauss(r)) / 1000));
        v.put("Q06", dec(Math.max(5, 28 + 7 * a + 4 * gauss(r)), 2));
        v.put("Q07", dec(11 + 3 * a + 2 * gauss(r), 1));
        v.put("Q08", rate(58 + 10 * a + 5 * gauss(r)));
        v.put("Q09", rate(93 + 3 * a + 1.5 * gauss(r)));
        v.put("Q10", rate(78 + 7 * a + 4 * gauss(r)));
        v.put("Q11", rate(82 + 7 * a + 4 * gauss(r)));
        v.put("Q12", cnt(q03 * Math.max(0.05, 0.8 - 0.2 * a + 0.1 * gauss(r)) / 1000));
        v.put("Q13", cnt(q03 * Math.max(0.02, 0.3 - 0.08 * a + 0.05 * gauss(r)) / 1000));
        v.put("Q14", rate(87 + 3 * a + 2 * gauss(r)));
        long q16 = Math.round((twp ? 18 : 120) * u.size * (0.8 + 0.4 * r.nextDouble()));
        v.put("Q16", Long.toString(q16));
        v.put("Q15", Long.toString(Math.min(q16, Math.round(q16 * Math.min(1, 0.86 + 0.06 * q + 0.03 * gauss(r))))));
        long q19 = Math.round(q03 / 80.0 * (0.8 + 0.4 * r.nextDouble()));
        v.put("Q19", Long.toString(q19));
        v.put("Q21", Long.toString(Math.min(q19, Math.round(q19 * Math.min(1, 0.88 + 0.04 * q + 0.02 * gauss(r))))));
        v.put("Q22", rate(92 + 3.5 * q + 2 * gauss(r)));
        v.put("Q24", dec(Math.max(15, 42 - 7 * q + 4 * gauss(r)), 1));
        v.put("Q25", rate(91 + 3.5 * q + 2 * gauss(r)));
        v.put("Q26", rate(72 + 9 * q + 5 * gauss(r)));
        v.put("Q27", rate(93 + 2.5 * q + 1.5 * gauss(r)));
        v.put("Q28", rate(91 + 4 * q + 2 * gauss(r)));
        v.put("Q29", rate(88 + 5 * q + 3 * gauss(r)));
        v.put("Q30", rate(86 + 6 * q + 3 * gauss(r)));
        v.put("Q31", Long.toString(rare(r, 0.35 - 0.15 * q)));
        long q39 = Math.max(3, Math.round(q03 / 1500.0 * (0.7 + 0.6 * r.nextDouble())));
        v.put("Q39", Long.toString(q39));
        v.put("Q40", Long.toString(Math.min(q39, Math.round(q39 * Math.min(1, 0.84 + 0.06 * q + 0.05 * gauss(r))))));
        v.put("Q42", rate(76 + 9 * q + 5 * gauss(r)));
        v.put("Q43", rate(58 + 12 * q + 7 * gauss(r)));
        v.put("Q32", Long.toString(rare(r, 0.25 - 0.15 * c)));
        long q41 = Math.max(1, Math.round((twp ? 2 : 6) + 1.5 * gauss(r)));
        v.put("Q41", Long.toString(q41));
        v.put("Q33", Long.toString(Math.min(q41, Math.max(0, Math.round(q41 * (0.62 + 0.12 * c + 0.1 * gauss(r)))))));
        v.put("Q34", rate(82 + 7 * c + 4 * gauss(r)));
        v.put("Q35", rate(86 + 7 * c + 4 * gauss(r)));
        v.put("Q36", rate(42 + 12 * c + 6 * gauss(r)));
        // months of this period with legal-education visits: at most the period's months
        v.put("Q37", Long.toString(Math.max(0, Math.min(months, Math.round(months * (0.75 + 0.12 * c + 0.1 * gauss(r)))))));
        v.put("Q38", Long.toString(rare(r, 0.6 - 0.3 * c)));
        return v;
    }

    private void writeSurvey(Path f, SplittableRandom r, long total, boolean showcase, int period) throws IOException {
        SurveySpec spec = fw.survey();
        int k = spec.items().size();
        StringBuilder b = new StringBuilder(1 << 20);
        b.append("respondent,unit,size_class,industry,credit_code,duration");
        for (SurveySpec.SurveyItem it : spec.items()) b.append(',').append(it.id());
        b.append('\n');
        // the dimension each item rates: S01–S04 亲近 (B), S05–S06 清廉 (C), S07 获得感 (A)
        int[] dimension = new int[k];
        for (int j = 0; j < k; j++) {
            String id = spec.items().get(j).id();
            dimension[j] = id.compareTo("S05") < 0 ? 1 : id.compareTo("S07") < 0 ? 2 : 0;
        }
        double[] itemEffect = new double[k];
        for (int j = 0; j < k; j++) itemEffect[j] = 0.3 * gauss(new SplittableRandom(seed + 100 + j));
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(f), 1 << 20)) {
            long id = 0;
            int ui = 0;
            for (Unit u : units) {
                // a requested total is shared out exactly: the first (total mod units) units get one more
                long n = total > 0 ? total / units.size() + (ui++ < total % units.size() ? 1 : 0)
                        : u.pool.equals("township") ? 45 + r.nextInt(40) : 260 + r.nextInt(160);
                if (showcase && total == 0 && u.code.equals("andong")) n = 24; // below the minimum sample of 30
                double[] q3 = quality.get(u.code);
                for (long i = 0; i < n; i++) {
                    id++;
                    int h = pick(r, SAMPLE_SHARE);
                    // a synthetic 18-character credit code, and a completion time (a few too fast to be read)
                    String code = String.format(Locale.ROOT, "91330200MA%08X", (int) (id * 2654435761L));
                    long seconds = Math.max(20, Math.round(Math.exp(5.6 + 0.45 * gauss(r))));
                    b.append(String.format(Locale.ROOT, "R%02d%07d", period + 1, id)).append(',').append(u.code).append(',')
                            .append(SIZE_CLASSES[h]).append(',').append(INDUSTRIES[r.nextInt(INDUSTRIES.length)]).append(',')
                            .append(code).append(',').append(seconds);
                    double firm = 0.6 * gauss(r);
                    for (int j = 0; j < k; j++) {
                        b.append(',');
                        double p = r.nextDouble();
                        if (p < 0.03) {
                            b.append("不了解");
                        } else if (p < 0.05) {
                            b.append("");
                        } else {
                            double q = 0.5 * q3[dimension[j]];
                            long a = Math.round(3.7 + 0.45 * q + itemEffect[j] + firm + 0.7 * gauss(r) - 0.15 * h);
                            b.append(Math.max(1, Math.min(5, a)));
                        }
                    }
                    b.append('\n');
                    if (b.length() > (1 << 20) - 512) {
                        os.write(b.toString().getBytes(StandardCharsets.UTF_8));
                        b.setLength(0);
                    }
                }
            }
            os.write(b.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static int pick(SplittableRandom r, double[] shares) {
        double x = r.nextDouble();
        for (int i = 0; i < shares.length; i++) {
            x -= shares[i];
            if (x < 0) return i;
        }
        return shares.length - 1;
    }

    private static long rare(SplittableRandom r, double mean) {
        // Poisson by inversion: rare events are mostly 0
        double l = Math.exp(-Math.max(0.02, mean));
        long k = 0;
        double p = 1;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }

    private static double gauss(SplittableRandom r) {
        // Box–Muller; SplittableRandom has no nextGaussian in Java 17
        double u1 = r.nextDouble();
        double u2 = r.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static String rate(double x) {
        return dec(Math.max(0, Math.min(100, x)), 1);
    }

    private static String cnt(double x) {
        return Long.toString(Math.max(0, Math.round(x)));
    }

    private static String dec(double x, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", x);
    }
}
