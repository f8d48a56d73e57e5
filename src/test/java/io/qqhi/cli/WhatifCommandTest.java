package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * whatif.html without a browser (the page's arithmetic is checked in Chromium by scripts/check-whatif,
 * in CI): self-contained — no http(s) reference, no external script — the same bytes on every run,
 * every place's data present and the hooks the browser check relies on.
 */
class WhatifCommandTest {
    @Test
    void thePageIsSelfContainedAndTheSameEachTime(@TempDir Path dir) throws Exception {
        assertEquals(0, CliRun.of("whatif", "--out", dir.resolve("a").toString(), "--quiet").exitCode());
        assertEquals(0, CliRun.of("whatif", "--out", dir.resolve("b").toString(), "--quiet").exitCode());
        byte[] a = Files.readAllBytes(dir.resolve("a/whatif.html"));
        assertArrayEquals(a, Files.readAllBytes(dir.resolve("b/whatif.html")));
        String html = new String(a, java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(html.matches("(?s).*https?://.*"), "no network reference");
        assertFalse(html.contains("<script src"), "no external script");
        assertTrue(html.contains("id=\"export-weights\"") && html.contains("data-node=") && html.contains("示例数据"), "hooks and banner");
        for (String code : new String[] {"\"HS\"", "\"andong\"", "\"zhouxiang\""}) assertTrue(html.contains("\"code\":" + code), code);
    }
}
