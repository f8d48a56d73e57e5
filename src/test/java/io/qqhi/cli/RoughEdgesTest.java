package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Cases a new user met (issue: rough edges), each named after what was tried. */
class RoughEdgesTest {
    @Test
    void targetScoreNaNIsAUsageError() {
        CliRun r = CliRun.of("--lang", "zh", "target", "JB", "--score", "NaN");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--score 须为数值"), r::toString);
    }

    /** The sample index is on 功效系数's 60–100: 120 is answered at once, without a plan of 33 rows. */
    @Test
    void targetBeyondTheScaleIsAnsweredAtOnce() {
        CliRun r = CliRun.of("--lang", "zh", "target", "江北区", "--score", "120", "--format", "json");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("\"reachable\" : false"), r::toString);
        assertTrue(r.out().contains("beyond-scale"), r::toString);
        CliRun text = CliRun.of("--lang", "zh", "target", "江北区", "--score", "120");
        assertTrue(text.out().contains("超出指数分值上限"), text::toString);
        assertFalse(text.out().contains("指标代码"), "no table of changes: " + text);
    }
}
