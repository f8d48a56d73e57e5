package io.qqhi.compute;

import java.util.ArrayList;
import java.util.List;

import io.qqhi.framework.Names;
import io.qqhi.framework.Text;
import io.qqhi.input.UnitRecord;

/**
 * Distance to a reference unit, as COINr's n_dist2ref after the direction (docs/methods.md,
 * normalisation): y = (d·x − min d·x)/(d·x_ref − min d·x), so the reference scores 1, the minimum 0,
 * and a unit beyond the reference more than 1 unless {@code cap}. No ×100, as COINr. The reference
 * is a unit code of the pool; {@link #forPool} finds it.
 */
public final class Dist2RefNormaliser implements Normaliser {
    private final String unit;
    private final boolean cap;
    private final int ref;

    public Dist2RefNormaliser(String unit, boolean cap) {
        this(unit, cap, -1);
    }

    private Dist2RefNormaliser(String unit, boolean cap, int ref) {
        this.unit = unit;
        this.cap = cap;
        this.ref = ref;
    }

    /** Bound to the pool's units: the reference's row, or an error naming the unit and what it may have meant. */
    @Override
    public Normaliser forPool(List<UnitRecord> units) {
        List<String> codes = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            if (units.get(u).code().equals(unit)) return new Dist2RefNormaliser(unit, cap, u);
            codes.add(units.get(u).code());
        }
        throw new IllegalArgumentException(Text.of("normalise.unknown-ref", unit) + Names.didYouMean(unit, codes));
    }

    @Override
    public boolean normalise(double[] raw, Column c, double[] out) {
        if (ref < 0) throw new IllegalStateException("dist2ref used before forPool");
        double[] x = Normaliser.oriented(raw, c.sign());
        double min = Stats.min(x);
        double xref = x[ref];
        if (Double.isNaN(xref)) throw new IllegalArgumentException(Text.of("normalise.ref-missing", unit));
        if (xref == min) throw new IllegalArgumentException(Text.of("normalise.ref-is-min", unit));
        for (int i = 0; i < x.length; i++) {
            double y = (x[i] - min) / (xref - min);
            out[i] = Double.isNaN(x[i]) ? Double.NaN : cap && y > 1 ? 1 : y;
        }
        return false;
    }
}
