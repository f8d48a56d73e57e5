package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.qqhi.framework.MethodCatalog;

/** --set's help names every method of the registry, in either language. */
class MethodHelpTest {
    @Test
    void setHelpListsTheRegistrysMethods() {
        CliRun zh = CliRun.of("--lang", "zh", "compute", "--help");
        assertEquals(0, zh.exitCode(), zh::toString);
        String flat = zh.out().replaceAll("\\s+", " ");
        for (MethodCatalog.Step step : MethodCatalog.Step.values()) {
            for (String m : MethodCatalog.methods(step).keySet()) assertTrue(flat.contains(m), m + " in " + flat);
        }
        assertTrue(CliRun.of("--lang", "en", "compute", "--help").out().replaceAll("\\s+", " ").contains("winsorise"));
    }
}
