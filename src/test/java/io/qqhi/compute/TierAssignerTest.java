package io.qqhi.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

import io.qqhi.framework.TierSpec;

/** Cut-off tiers (docs/methods.md, tiers): a score at a cut-off reaches it, rounding error included. */
class TierAssignerTest {
    @Test
    void aScoreAtTheCutOffReachesItEvenWhenFloatingPointFallsAHairShort() {
        // 0.1 + 0.7 is 0.7999999999999999 in binary floating point: 80 in exact arithmetic
        double eighty = (0.1 + 0.7) * 100;
        double[] scores = {eighty, 79.99, 90, 69.9};
        String[] tiers = TierAssigner.assign(TierSpec.defaultCutoffs(), scores, new int[] {2, 3, 1, 4});
        assertArrayEquals(new String[] {"良好", "一般", "优秀", "较差"}, tiers);
    }
}
