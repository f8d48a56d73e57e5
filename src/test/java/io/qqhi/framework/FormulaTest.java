package io.qqhi.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FormulaTest {
    private static double eval(String f, Map<String, Double> v) throws Exception {
        return Formula.parse(f).evaluate(k -> v.getOrDefault(k, Double.NaN), null);
    }

    @Test
    void arithmeticFollowsPrecedenceAndParentheses() throws Exception {
        Map<String, Double> v = Map.of("Q02", 1100.0, "Q03", 1000.0);
        assertEquals(10.0, eval("(Q02 - Q03) / Q03 * 100", v), 1e-12);
        assertEquals(1 + 2 * 3, eval("1 + 2 * 3", Map.of()), 0);
        assertEquals(-4.0, eval("-(1 + 3)", Map.of()), 0);
        assertEquals(2.5e3, eval("2.5e3", Map.of()), 0);
    }

    @Test
    void minAndMaxCapTheCommunicationLeaf() throws Exception {
        // B1.1.2: 50·min(Q17/2, 1) + 50·min(Q18/4, 1); 3 roundtables (capped at 1) and 2 of 4 meetings -> 50 + 25
        assertEquals(75.0, eval("50·min(Q17/2, 1) + 50 × min(Q18 / 4, 1)", Map.of("Q17", 3.0, "Q18", 2.0)), 1e-12);
        assertEquals(7.0, eval("max(1, 7, 3)", Map.of()), 0);
    }

    @Test
    void divisionByZeroIsMissingWithAReason() throws Exception {
        Formula.Trace t = new Formula.Trace();
        double x = Formula.parse("Q20 / Q19 * 100").evaluate(k -> k.equals("Q19") ? 0.0 : 5.0, t);
        assertTrue(Double.isNaN(x));
        assertTrue(t.divisionByZero());
    }

    @Test
    void missingItemIsMissingAndNamed() throws Exception {
        Formula.Trace t = new Formula.Trace();
        double x = Formula.parse("Q20 / Q19").evaluate(k -> k.equals("Q19") ? 4.0 : Double.NaN, t);
        assertTrue(Double.isNaN(x));
        assertEquals(List.of("Q20"), t.missing());
    }

    @Test
    void refusesAnythingButArithmetic() {
        Formula.SyntaxException e = assertThrows(Formula.SyntaxException.class, () -> Formula.parse("Q1 + exec(Q2)"));
        assertEquals(5, e.offset());
        assertThrows(Formula.SyntaxException.class, () -> Formula.parse("Q1 +"));
        assertThrows(Formula.SyntaxException.class, () -> Formula.parse("(Q1 + Q2"));
        assertThrows(Formula.SyntaxException.class, () -> Formula.parse("Q1; Q2"));
    }

    @Test
    void denominatorsDoNotMakeADepartmentResponsible() throws Exception {
        Formula f = Formula.parse("Q13 / Q03 * 1000");
        assertEquals(List.of("Q13", "Q03"), List.copyOf(f.variables()));
        assertEquals(List.of("Q13"), List.copyOf(f.numeratorVariables()));
        assertEquals(List.of("Q02", "Q03"), List.copyOf(Formula.parse("(Q02 - Q03) / Q03").numeratorVariables()));
    }

    /** A rate's base is the divisor of its one division; no division or two divisions: no base. */
    @Test
    void theBaseOfARateIsItsOneDivisor() throws Exception {
        Formula base = Formula.parse("Q13 / (Q03 + Q04) * 100").base();
        assertEquals(List.of("Q03", "Q04"), List.copyOf(base.variables()));
        assertEquals(7.0, base.evaluate(id -> id.equals("Q03") ? 3 : 4, null), 0);
        assertEquals(null, Formula.parse("Q01 + Q02").base());
        assertEquals(null, Formula.parse("Q01 / Q02 + Q03 / Q04").base());
    }
}
