package io.qqhi.framework;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * A leaf's formula over data items: numbers, item ids, {@code + - * /} (also {@code · ×  ÷}),
 * parentheses, and {@code min(...)}, {@code max(...)}. Parsed once into a tree; evaluation only
 * does arithmetic, so a framework file can never run code.
 */
public final class Formula {
    /**
     * Names a formula may use besides items: the period's length, {@code months} (6 in a half-year,
     * 3 in a quarter, 1 in a month, 12 in a year) and {@code years} (months / 12), so that annual
     * targets are pro-rated to the period (docs/formats.md, formulas).
     */
    public static final Set<String> PERIOD_VARIABLES = Set.of("months", "years");

    private final String text;
    private final Expr root;
    private final Set<String> variables;
    private final Set<String> numeratorVariables;

    private Formula(String text, Expr root, Set<String> variables) {
        this.text = text;
        this.root = root;
        this.variables = variables;
        Set<String> num = new LinkedHashSet<>();
        collectOutsideDivisors(root, false, num);
        this.numeratorVariables = Collections.unmodifiableSet(num);
    }

    private static void collectOutsideDivisors(Expr e, boolean inDivisor, Set<String> out) {
        if (e instanceof Var) {
            if (!inDivisor) out.add(((Var) e).id());
        } else if (e instanceof Neg) {
            collectOutsideDivisors(((Neg) e).e(), inDivisor, out);
        } else if (e instanceof Bin) {
            Bin b = (Bin) e;
            collectOutsideDivisors(b.a(), inDivisor, out);
            collectOutsideDivisors(b.b(), inDivisor || b.op() == '/', out);
        } else if (e instanceof Call) {
            for (Expr a : ((Call) e).args()) collectOutsideDivisors(a, inDivisor, out);
        }
    }

    /**
     * Items that appear somewhere other than a divisor: the ones whose department answers for
     * the leaf (a shared denominator such as the count of market entities does not).
     */
    public Set<String> numeratorVariables() {
        return numeratorVariables;
    }

    /**
     * Thrown for a formula that does not parse: why, as a code (its words are the message
     * {@code formula.CODE} with {@code args}), and the 0-based character position.
     */
    public static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int offset;
        private final String code;
        private final String[] args;

        SyntaxException(String code, int offset, String... args) {
            super(code);
            this.code = code;
            this.offset = offset;
            this.args = args;
        }

        public String code() {
            return code;
        }

        public String[] args() {
            return args.clone();
        }

        public int offset() {
            return offset;
        }
    }

    /** Records why an evaluation gave no value. */
    public static final class Trace {
        private boolean divisionByZero;
        private final List<String> missing = new ArrayList<>();

        public boolean divisionByZero() {
            return divisionByZero;
        }

        public List<String> missing() {
            return missing;
        }
    }

    public static Formula parse(String text) throws SyntaxException {
        Parser p = new Parser(text);
        Expr e = p.expression();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw new SyntaxException("unexpected", p.pos, String.valueOf(text.charAt(p.pos)));
        }
        return new Formula(text, e, Collections.unmodifiableSet(p.vars));
    }

    public static Formula variable(String id) {
        return new Formula(id, new Var(id), Collections.unmodifiableSet(new LinkedHashSet<>(List.of(id))));
    }

    public String text() {
        return text;
    }

    /**
     * The base of a rate (docs/formats.md, min_base): the divisor of the formula's one division,
     * itself a formula ({@code Qb} in {@code Qa / Qb * 100}); null when the formula divides nowhere
     * or more than once (no single base to count).
     */
    public Formula base() {
        List<Expr> divisors = new ArrayList<>();
        divisors(root, divisors);
        if (divisors.size() != 1) return null;
        Set<String> vars = new LinkedHashSet<>();
        collectOutsideDivisors(divisors.get(0), false, vars);
        return new Formula(text, divisors.get(0), Collections.unmodifiableSet(vars));
    }

    private static void divisors(Expr e, List<Expr> out) {
        if (e instanceof Neg) {
            divisors(((Neg) e).e(), out);
        } else if (e instanceof Bin) {
            Bin b = (Bin) e;
            if (b.op() == '/') out.add(b.b());
            divisors(b.a(), out);
            divisors(b.b(), out);
        } else if (e instanceof Call) {
            for (Expr a : ((Call) e).args()) divisors(a, out);
        }
    }

    /** Item ids used, in order of first appearance. */
    public Set<String> variables() {
        return variables;
    }

    /**
     * The value, or NaN when an item is missing (NaN) or a division by zero happens; the
     * trace (may be null) says which.
     */
    public double evaluate(ToDoubleFunction<String> values, Trace trace) {
        return root.eval(values, trace);
    }

    /**
     * The interval the formula's value lies in when each item lies in the interval {@code of} gives
     * ({lo, hi}, infinite ends for no bound), by interval arithmetic: what a leaf's values can be
     * when nothing is said of them (docs/formats.md, leaf range). A division by an interval that
     * holds 0 is bounded only for non-negative operands (a division by zero gives no value at all).
     */
    public double[] bounds(Function<String, double[]> of) {
        double[] b = root.bounds(of);
        return Double.isNaN(b[0]) || Double.isNaN(b[1]) ? new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY} : b;
    }

    @Override
    public String toString() {
        return text;
    }

    private static final double[] ANY = {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};

    private interface Expr {
        double eval(ToDoubleFunction<String> v, Trace t);

        double[] bounds(Function<String, double[]> of);
    }

    private record Num(double value) implements Expr {
        public double eval(ToDoubleFunction<String> v, Trace t) {
            return value;
        }

        public double[] bounds(Function<String, double[]> of) {
            return new double[] {value, value};
        }
    }

    private record Var(String id) implements Expr {
        public double eval(ToDoubleFunction<String> v, Trace t) {
            double x = v.applyAsDouble(id);
            if (Double.isNaN(x) && t != null && !t.missing.contains(id)) t.missing.add(id);
            return x;
        }

        public double[] bounds(Function<String, double[]> of) {
            double[] b = of.apply(id);
            return b == null ? ANY : b;
        }
    }

    private record Neg(Expr e) implements Expr {
        public double eval(ToDoubleFunction<String> v, Trace t) {
            return -e.eval(v, t);
        }

        public double[] bounds(Function<String, double[]> of) {
            double[] b = e.bounds(of);
            return new double[] {-b[1], -b[0]};
        }
    }

    private record Bin(char op, Expr a, Expr b) implements Expr {
        public double[] bounds(Function<String, double[]> of) {
            double[] x = a.bounds(of);
            double[] y = b.bounds(of);
            switch (op) {
                case '+': return new double[] {x[0] + y[0], x[1] + y[1]};
                case '-': return new double[] {x[0] - y[1], x[1] - y[0]};
                case '*': return corners(x, y, false);
                default:
                    if (y[0] <= 0 && y[1] >= 0) {
                        return x[0] >= 0 && y[0] >= 0 ? new double[] {0, Double.POSITIVE_INFINITY} : ANY;
                    }
                    return corners(x, y, true);
            }
        }

        /** The smallest and largest of the four corner products (or quotients); NaN (∞·0) means unbounded. */
        private static double[] corners(double[] x, double[] y, boolean divide) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double p : x) {
                for (double q : y) {
                    double r = divide ? p / q : p * q;
                    if (Double.isNaN(r)) return ANY;
                    lo = Math.min(lo, r);
                    hi = Math.max(hi, r);
                }
            }
            return new double[] {lo, hi};
        }

        public double eval(ToDoubleFunction<String> v, Trace t) {
            double x = a.eval(v, t);
            double y = b.eval(v, t);
            switch (op) {
                case '+': return x + y;
                case '-': return x - y;
                case '*': return x * y;
                default:
                    if (y == 0.0 && !Double.isNaN(x)) {
                        if (t != null) t.divisionByZero = true;
                        return Double.NaN;
                    }
                    return x / y;
            }
        }
    }

    private record Call(boolean isMax, List<Expr> args) implements Expr {
        public double[] bounds(Function<String, double[]> of) {
            double lo = isMax ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            double hi = lo;
            for (Expr e : args) {
                double[] b = e.bounds(of);
                lo = isMax ? Math.max(lo, b[0]) : Math.min(lo, b[0]);
                hi = isMax ? Math.max(hi, b[1]) : Math.min(hi, b[1]);
            }
            return new double[] {lo, hi};
        }

        public double eval(ToDoubleFunction<String> v, Trace t) {
            double r = isMax ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            for (Expr e : args) {
                double x = e.eval(v, t);
                if (Double.isNaN(x)) return Double.NaN;
                r = isMax ? Math.max(r, x) : Math.min(r, x);
            }
            return r;
        }
    }

    private static final class Parser {
        final String s;
        int pos;
        final Set<String> vars = new LinkedHashSet<>();
        int depth;

        Parser(String s) {
            this.s = s;
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
        }

        Expr expression() throws SyntaxException {
            if (++depth > 100) throw new SyntaxException("too-deep", pos);
            Expr e = term();
            while (true) {
                skipSpace();
                if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                    char op = s.charAt(pos++);
                    e = new Bin(op, e, term());
                } else {
                    depth--;
                    return e;
                }
            }
        }

        Expr term() throws SyntaxException {
            Expr e = unary();
            while (true) {
                skipSpace();
                if (pos >= s.length()) return e;
                char c = s.charAt(pos);
                if (c == '*' || c == '·' || c == '×') {
                    pos++;
                    e = new Bin('*', e, unary());
                } else if (c == '/' || c == '÷') {
                    pos++;
                    e = new Bin('/', e, unary());
                } else {
                    return e;
                }
            }
        }

        Expr unary() throws SyntaxException {
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == '-') {
                pos++;
                return new Neg(unary());
            }
            if (pos < s.length() && s.charAt(pos) == '+') {
                pos++;
                return unary();
            }
            return primary();
        }

        Expr primary() throws SyntaxException {
            skipSpace();
            if (pos >= s.length()) throw new SyntaxException("ends-early", pos);
            char c = s.charAt(pos);
            if (c == '(') {
                int open = pos++;
                Expr e = expression();
                skipSpace();
                if (pos >= s.length() || s.charAt(pos) != ')') {
                    throw new SyntaxException("unclosed", open);
                }
                pos++;
                return e;
            }
            if (Character.isDigit(c) || c == '.') {
                int start = pos;
                while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) pos++;
                if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                    int save = pos++;
                    if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) pos++;
                    if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                        while (pos < s.length() && Character.isDigit(s.charAt(pos))) pos++;
                    } else {
                        pos = save;
                    }
                }
                String num = s.substring(start, pos);
                try {
                    return new Num(Double.parseDouble(num));
                } catch (NumberFormatException ex) {
                    throw new SyntaxException("not-number", start, num);
                }
            }
            if (Character.isLetter(c) || c == '_') {
                int start = pos;
                while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_'
                        || s.charAt(pos) == '.')) pos++;
                String id = s.substring(start, pos);
                skipSpace();
                if (pos < s.length() && s.charAt(pos) == '(') {
                    if (!id.equals("min") && !id.equals("max")) {
                        throw new SyntaxException("unknown-function", start, id);
                    }
                    pos++;
                    List<Expr> args = new ArrayList<>();
                    skipSpace();
                    if (pos < s.length() && s.charAt(pos) == ')') {
                        throw new SyntaxException("no-argument", pos, id);
                    }
                    while (true) {
                        args.add(expression());
                        skipSpace();
                        if (pos < s.length() && (s.charAt(pos) == ',' || s.charAt(pos) == '，')) {
                            pos++;
                        } else if (pos < s.length() && s.charAt(pos) == ')') {
                            pos++;
                            break;
                        } else {
                            throw new SyntaxException("function-unclosed", start, id);
                        }
                    }
                    return new Call(id.equals("max"), List.copyOf(args));
                }
                vars.add(id);
                return new Var(id);
            }
            throw new SyntaxException("unexpected", pos, String.valueOf(c));
        }
    }
}
