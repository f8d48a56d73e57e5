package io.qqhi.report.records;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonGenerator;

import io.qqhi.compute.IndexResult;
import io.qqhi.compute.PoolResult;
import io.qqhi.framework.Framework;
import io.qqhi.framework.Node;
import io.qqhi.input.UnitRecord;
import io.qqhi.report.Numbers;

/** scores.csv (docs/formats.md, outputs, long, full precision) and scores.json (the tree per unit). */
public final class ScoresWriter {
    private ScoresWriter() {
    }

    /**
     * One row per pool × unit × node of the pool's tree (nodes a pool leaves out, such as leaves
     * not computed for townships, have no row). Leaves carry their normalised value.
     *
     * <p>Streamed as bytes: a national run's file has 2.1 million rows, each repeating a place's and
     * a node's Chinese name. Each place's cells (pool, code, name) and each node's (id, name, level)
     * are quoted by the CSV writer and encoded to UTF-8 once; a row is those two runs of bytes, the
     * score and the rank (ASCII digits). Quoting and encoding every cell of every row was two fifths
     * of the run's CPU (docs/performance.md).
     */
    public static void csv(IndexResult r, OutputStream out) throws IOException {
        Framework fw = r.framework();
        CsvText.Lines lines = new CsvText.Lines();
        out.write(lines.of("pool", "unit", "unit_name", "node", "node_name", "level", "score", "rank").getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        byte[][] node = new byte[fw.size()][];
        for (int i = 0; i < fw.size(); i++) {
            Node n = fw.node(i);
            node[i] = (lines.of(n.id(), n.displayName(), Integer.toString(fw.depth(i))) + ",").getBytes(StandardCharsets.UTF_8);
        }
        Row row = new Row();
        for (PoolResult p : r.pools()) {
            boolean[] active = p.active();
            for (int u = 0; u < p.unitCount(); u++) {
                UnitRecord unit = p.units().get(u);
                byte[] place = (lines.of(p.pool(), unit.code(), unit.displayName()) + ",").getBytes(StandardCharsets.UTF_8);
                double[] scores = p.scores()[u];
                int[] ranks = p.ranks()[u];
                for (int i = 0; i < fw.size(); i++) {
                    if (!active[i]) continue;
                    row.clear();
                    row.add(place);
                    row.add(node[i]);
                    row.ascii(Numbers.full(scores[i]));
                    row.add(',');
                    if (ranks[i] != 0) row.ascii(Integer.toString(ranks[i]));
                    row.add('\n');
                    out.write(row.bytes, 0, row.length);
                }
            }
        }
    }

    /** One row's bytes, assembled before one write (a write per byte went through a lock each time). */
    private static final class Row {
        byte[] bytes = new byte[256];
        int length;

        void clear() {
            length = 0;
        }

        void add(byte[] b) {
            room(b.length);
            System.arraycopy(b, 0, bytes, length, b.length);
            length += b.length;
        }

        void add(char c) {
            room(1);
            bytes[length++] = (byte) c;
        }

        /** A number's text: digits, sign, point and exponent, one byte each. */
        void ascii(String s) {
            room(s.length());
            for (int k = 0; k < s.length(); k++) bytes[length++] = (byte) s.charAt(k);
        }

        private void room(int n) {
            if (length + n > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + n));
        }
    }

    /** The same as text (tests, and callers holding a writer). */
    public static void csv(IndexResult r, Writer out) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        csv(r, b);
        out.write(b.toString(StandardCharsets.UTF_8));
    }

    /** {"unit":…,"name":…,"tier":…,"scores":[…],"ranks":[…]} of unit {@code u}, through the generator. */
    private static void unitLine(JsonGenerator g, PoolResult p, int u) throws IOException {
        g.writeStartObject();
        g.writeStringField("unit", p.units().get(u).code());
        g.writeStringField("name", p.units().get(u).displayName());
        g.writeStringField("tier", p.tiers()[u]);
        double[] scores = p.scores()[u];
        int[] ranks = p.ranks()[u];
        boolean[] active = p.active();
        g.writeArrayFieldStart("scores");
        for (int i = 0; i < scores.length; i++) {
            if (!active[i]) continue;
            if (Double.isFinite(scores[i])) g.writeNumber(scores[i]);
            else g.writeNull();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("ranks");
        for (int i = 0; i < scores.length; i++) {
            if (!active[i]) continue;
            if (ranks[i] == 0) g.writeNull();
            else g.writeNumber(ranks[i]);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * The tree once (ids, names, levels, parents, weights per pool), then one line per unit with its
     * scores and ranks in the tree's node order. Repeating the tree inside every unit would make the
     * file for 40,000 townships several times larger; streamed, so it never sits in memory whole.
     */
    public static void json(IndexResult r, Writer out) throws IOException {
        Framework fw = r.framework();
        Json.Obj head = Json.object();
        head.put("index", fw.root().id());
        head.put("name", fw.root().name());
        Json.Arr nodes = head.putArray("nodes");
        for (int i = 0; i < fw.size(); i++) {
            Node n = fw.node(i);
            Json.Obj o = nodes.addObject();
            o.put("id", n.id());
            o.put("name", n.displayName());
            o.put("level", fw.depth(i));
            if (i > 0) o.put("parent", fw.node(fw.parent(i)).id());
            else o.putNull("parent");
        }
        String h = Json.write(head);
        out.write(h.substring(0, h.lastIndexOf('}')).stripTrailing());
        out.write(",\n  \"pools\" : [");
        for (int pi = 0; pi < r.pools().size(); pi++) {
            PoolResult p = r.pools().get(pi);
            Json.Arr ids = Json.array();
            Json.Arr weights = Json.array();
            for (int i = 0; i < fw.size(); i++) {
                if (!p.active()[i]) continue;
                ids.add(fw.node(i).id());
                weights.add(p.localWeight()[i]);
            }
            out.write((pi == 0 ? "\n" : ",\n") + "    {\n      \"pool\" : " + Json.quote(p.pool())
                    + ",\n      \"nodes\" : " + Json.writeCompact(ids) + ",\n      \"weights\" : " + Json.writeCompact(weights)
                    + ",\n      \"units\" : [");
            try (JsonGenerator g = Json.lines(out)) {
                for (int u = 0; u < p.unitCount(); u++) {
                    // one unit a line: the tree is not repeated in every unit
                    out.write(u == 0 ? "\n        " : ",\n        ");
                    unitLine(g, p, u);
                    g.flush();
                }
            }
            out.write(p.unitCount() == 0 ? "]\n    }" : "\n      ]\n    }");
        }
        out.write(r.pools().isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    }
}
