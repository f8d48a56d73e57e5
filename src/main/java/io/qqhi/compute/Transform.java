package io.qqhi.compute;

/**
 * The transforms of a skewed indicator, as COINr 1.1.14 defines them (docs/methods.md, outliers),
 * over the present values (NaN stays NaN), with a = 0.01·(max − min):
 * <ul>
 * <li>{@code log_CT}: log(x − min + a);</li>
 * <li>{@code log_CT_plus}: log(x − min + a) when the skew is positive, else −log(max + a − x) —
 * COINr's default after winsorising;</li>
 * <li>{@code log_CT_orig}: log(x − min + 1);</li>
 * <li>{@code log_GII}: log((max − 1)(x − min)/(max − min) + 1), the GII2020 spreadsheet's;
 * COINr 1.1.14 computes it but returns x unchanged (a slip in its source), here it is applied;</li>
 * <li>{@code boxcox}: with y = x − min + 1, (y^λ − 1)/λ, or log y for λ = 0 (COINr's boxcox with
 * makepos).</li>
 * </ul>
 */
public enum Transform {
    LOG_CT("log_CT") {
        @Override
        double at(double x, double min, double max, double skew, double lambda) {
            return Math.log(x - min + 0.01 * (max - min));
        }
    },
    LOG_CT_PLUS("log_CT_plus") {
        @Override
        double at(double x, double min, double max, double skew, double lambda) {
            double a = 0.01 * (max - min);
            return skew > 0 ? Math.log(x - min + a) : -Math.log(max + a - x);
        }
    },
    LOG_CT_ORIG("log_CT_orig") {
        @Override
        double at(double x, double min, double max, double skew, double lambda) {
            return Math.log(x - min + 1);
        }
    },
    LOG_GII("log_GII") {
        @Override
        double at(double x, double min, double max, double skew, double lambda) {
            return Math.log((max - 1) * (x - min) / (max - min) + 1);
        }
    },
    BOXCOX("boxcox") {
        @Override
        double at(double x, double min, double max, double skew, double lambda) {
            double y = x - min + 1;
            return lambda == 0 ? Math.log(y) : (Math.pow(y, lambda) - 1) / lambda;
        }

        @Override
        String step() {
            return "boxcox";
        }
    };

    /** The names, as settings write them. */
    public final String key;

    Transform(String key) {
        this.key = key;
    }

    abstract double at(double x, double min, double max, double skew, double lambda);

    /** The adjustment's step in adjustments.csv and trace: log, or boxcox. */
    String step() {
        return "log";
    }

    /** The transform named {@code key}; null for none. */
    static Transform of(String key) {
        for (Transform t : values()) if (t.key.equals(key)) return t;
        return null;
    }

    /** The transformed column (a new array). */
    double[] apply(double[] x, double lambda) {
        double min = Stats.min(x);
        double max = Stats.max(x);
        double[] g = new double[2];
        Stats.shape(x, g);
        double[] y = new double[x.length];
        for (int i = 0; i < y.length; i++) y[i] = Double.isNaN(x[i]) ? Double.NaN : at(x[i], min, max, g[0], lambda);
        return y;
    }
}
