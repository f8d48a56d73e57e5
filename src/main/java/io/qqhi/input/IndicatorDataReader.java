package io.qqhi.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.qqhi.framework.Framework;
import io.qqhi.framework.InputException;
import io.qqhi.framework.Names;
import io.qqhi.framework.Problem;
import io.qqhi.framework.Problems;
import io.qqhi.framework.Severity;
import io.qqhi.framework.Text;

/**
 * Reads {@code --indicator-data}: a wide CSV with a unit column ({@code unit}, also {@code uCode}
 * or {@code code}), optional {@code name} ({@code uName}), optional {@code pool}, one column per
 * leaf id, and any other column as a unit attribute (groups, denominators). Empty cell = missing.
 */
public final class IndicatorDataReader {
    private IndicatorDataReader() {
    }

    public static Dataset read(Path path, Framework fw, String encoding, Problems problems) {
        String file = path.toString();
        Rows rows = new Rows(fw, file, problems);
        List<String> header = Table.scanCsv(path, encoding, problems, rows);
        if (header == null) throw new InputException(InputException.DATA, problems.all());
        if (rows.unitCol < 0) {
            problems.error(file, 1, 1, null, Text.of("indicator.no-unit-column"));
            throw new InputException(InputException.DATA, problems.all());
        }
        if (problems.hasErrors()) throw new InputException(InputException.DATA, problems.all());
        return new Dataset(file, rows.units, rows.leafIds, rows.values.toArray(new double[0][]));
    }

    /** The rows as they are read into units and values. */
    private static final class Rows implements Table.RowHandler {
        final Framework fw;
        final String file;
        final Problems problems;
        List<String> header;
        int unitCol = -1;
        int nameCol;
        int poolCol;
        final List<String> leafIds = new ArrayList<>();
        int[] leafCol;
        final List<Integer> attrCols = new ArrayList<>();
        final List<UnitRecord> units = new ArrayList<>();
        final List<double[]> values = new ArrayList<>();
        final Map<String, Integer> seen = new HashMap<>();

        Rows(Framework fw, String file, Problems problems) {
            this.fw = fw;
            this.file = file;
            this.problems = problems;
        }

        /** Finds the columns. */
        @Override
        public void header(List<String> h) {
            header = h;
            Table t = new Table(file, h, List.of());
            unitCol = t.column("unit", "uCode", "code");
            if (unitCol < 0) return;
            nameCol = t.column("name", "uName", "unit_name");
            poolCol = t.column("pool");
            leafCol = new int[fw.leafCount()];
            int k = 0;
            for (int leaf : fw.leaves()) {
                leafIds.add(fw.node(leaf).id());
                leafCol[k++] = h.indexOf(fw.node(leaf).id());
            }
            // a missing leaf's likely column is one no leaf claims, and such a column's likely leaf
            // is one without a column: never another leaf's own
            List<String> unclaimed = new ArrayList<>();
            for (int c = 0; c < h.size(); c++) {
                if (c != unitCol && c != nameCol && c != poolCol && !leafIds.contains(h.get(c))) {
                    attrCols.add(c);
                    unclaimed.add(h.get(c));
                }
            }
            List<String> missing = new ArrayList<>();
            for (int j = 0; j < leafCol.length; j++) if (leafCol[j] < 0) missing.add(leafIds.get(j));
            for (String id : missing) {
                problems.warning(file, 1, 0, id, Text.of("indicator.no-column") + Names.didYouMean(id, unclaimed));
            }
            Set<String> denominators = new HashSet<>();
            for (int leaf : fw.leaves()) if (fw.node(leaf).denominator() != null) denominators.add(fw.node(leaf).denominator());
            for (int c : attrCols) {
                // said, not silent: a leaf of another version of the framework would otherwise vanish unnoticed
                if (denominators.contains(h.get(c))) continue;
                problems.add(new Problem(Severity.INFO, file, 1, c + 1, null, null,
                        Text.of("indicator.attribute", h.get(c)) + Names.didYouMean(h.get(c), missing)));
            }
        }

        @Override
        public void row(Table.Row r) {
            if (unitCol < 0) return;
            String code = Table.ownOutputCell(r.get(unitCol).strip());
            if (code.isEmpty()) {
                problems.error(file, r.line(), unitCol + 1, null, Text.of("indicator.no-code"));
                return;
            }
            Integer first = seen.putIfAbsent(code, r.line());
            if (first != null) {
                problems.error(file, r.line(), unitCol + 1, null, Text.of("units.twice", code, String.valueOf(first)));
                return;
            }
            double[] v = new double[leafIds.size()];
            for (int j = 0; j < v.length; j++) {
                int c = leafCol[j];
                NumberParser.Parsed p = NumberParser.parse(c < 0 ? "" : r.get(c));
                if (!p.ok()) {
                    problems.add(new Problem(Severity.ERROR, file, r.line(),
                            c + 1, code, leafIds.get(j), p.error()));
                }
                v[j] = p.value();
            }
            Map<String, String> attrs = new LinkedHashMap<>();
            // a leaves.csv of qqhi's own carries Excel neutralising on text cells: taken off again
            for (int c : attrCols) attrs.put(header.get(c), Table.ownOutputCell(r.get(c).strip()));
            String pool = poolCol >= 0 && !r.get(poolCol).isBlank() ? Table.ownOutputCell(r.get(poolCol).strip()) : "all";
            units.add(new UnitRecord(code, nameCol >= 0 ? Table.ownOutputCell(r.get(nameCol).strip()) : code, null, pool, null,
                    attrs));
            values.add(v);
        }
    }
}
