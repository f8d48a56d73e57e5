package io.qqhi.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** --periods takes a list of periods or a count of the last half-years up to 2026H1. */
class SampleDataGeneratorTest {
    @Test
    void aCountIsTheLastHalfYears() {
        assertArrayEquals(new String[] {"2025H1", "2025H2", "2026H1"}, SampleDataGenerator.periods("3"));
        assertArrayEquals(new String[] {"2026H1"}, SampleDataGenerator.periods("1"));
        assertArrayEquals(new String[] {"2024H2", "2026H1"}, SampleDataGenerator.periods("2024H2, 2026H1"));
    }
}
