package io.qqhi.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.qqhi.framework.Framework;
import io.qqhi.framework.InputException;
import io.qqhi.framework.Names;
import io.qqhi.framework.Node;
import io.qqhi.framework.Problems;

/**
 * Reads {@code --indicator-data}: a wide CSV with a unit column ({@code unit}, also {@code uCode}
 * or {@code code}), optional {@code name} ({@code uName}), optional {@code pool}, one column per
 * leaf id, and any other column as a unit attribute (groups, denominators). Empty cell = missing.
 */
public final class IndicatorDataReader {
    private IndicatorDataReader() {
    }

    public static Dataset read(Path path, Framework fw, String encoding, Problems problems) {
        DecodedText text = TextDecoder.read(path, encoding);
        String file = path.toString();
        Table t = Table.parseCsv(file, text.text(), problems);
        if (t == null) throw new InputException(InputException.DATA, problems.all());
        int unitCol = t.column("unit", "uCode", "code");
        if (unitCol < 0) {
            problems.error(file, 1, 1, null, "no unit column; the header needs a column named unit (or uCode)");
            throw new InputException(InputException.DATA, problems.all());
        }
        int nameCol = t.column("name", "uName", "unit_name");
        int poolCol = t.column("pool");
        List<String> leafIds = new ArrayList<>();
        int[] leafCol = new int[fw.leafCount()];
        int k = 0;
        for (int leaf : fw.leaves()) {
            Node n = fw.node(leaf);
            leafIds.add(n.id());
            leafCol[k] = t.header().indexOf(n.id());
            if (leafCol[k] < 0) {
                problems.warning(file, 1, 0, n.id(), "no column for this leaf; all its values are missing"
                        + Names.didYouMean(n.id(), t.header()));
            }
            k++;
        }
        List<Integer> attrCols = new ArrayList<>();
        for (int c = 0; c < t.header().size(); c++) {
            String h = t.header().get(c);
            if (c != unitCol && c != nameCol && c != poolCol && !leafIds.contains(h)) attrCols.add(c);
        }
        List<UnitRecord> units = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Table.Row r : t.rows()) {
            String code = r.get(unitCol).strip();
            if (code.isEmpty()) {
                problems.error(file, r.line(), unitCol + 1, null, "row has no unit code");
                continue;
            }
            Integer first = seen.putIfAbsent(code, r.line());
            if (first != null) {
                problems.error(file, r.line(), unitCol + 1, null, "unit " + code + " appears twice (first at line " + first + ")");
                continue;
            }
            double[] v = new double[leafIds.size()];
            for (int j = 0; j < v.length; j++) {
                if (leafCol[j] < 0) {
                    v[j] = Double.NaN;
                    continue;
                }
                NumberParser.Parsed p = NumberParser.parse(r.get(leafCol[j]));
                if (!p.ok()) {
                    problems.add(new io.qqhi.framework.Problem(io.qqhi.framework.Severity.ERROR, file, r.line(),
                            leafCol[j] + 1, code, leafIds.get(j), p.error()));
                }
                v[j] = p.value();
            }
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int c : attrCols) attrs.put(t.header().get(c), r.get(c).strip());
            String pool = poolCol >= 0 && !r.get(poolCol).isBlank() ? r.get(poolCol).strip() : "all";
            units.add(new UnitRecord(code, nameCol >= 0 ? r.get(nameCol).strip() : code, null, pool, null, attrs));
            values.add(v);
        }
        if (problems.hasErrors()) throw new InputException(InputException.DATA, problems.all());
        return new Dataset(file, units, leafIds, values.toArray(new double[0][]));
    }
}
