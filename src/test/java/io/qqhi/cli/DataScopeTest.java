package io.qqhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.qqhi.input.SampleDataCopy;

/**
 * Data scope (口径; issue 33, item 2; docs/formats.md, data scope): units.csv says 前湾新区 lies in
 * 慈溪市 (overlaps: CX); a figure both report on the administrative scope is a double-count warning
 * naming both places and where each figure was written; a scope word that is neither is an error
 * at its cell.
 */
class DataScopeTest {
    private static Path withScope(Path data, String qw, String cx) throws Exception {
        Path f = SampleDataCopy.departmentFile(data, "2026H1", "D12");
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(f)) {
            String scope = line.startsWith("QW,") ? qw : line.startsWith("CX,") ? cx : "";
            out.add(line.startsWith("unit,") || line.startsWith("\uFEFFunit,") ? line + ",口径" : line + "," + scope);
        }
        Files.write(f, out);
        return f;
    }

    @Test
    void bothOnTheAdministrativeScopeIsADoubleCountWarning(@TempDir Path dir) throws Exception {
        Path data = SampleDataCopy.into(dir);
        Path f = withScope(data, "行政区划", "行政区划");
        CliRun r = CliRun.of("--lang", "zh", "validate", "--data", data.toString());
        assertTrue(r.out().contains("前湾新区与慈溪市的Q13") && r.out().contains("均按行政区划口径报送")
                && r.out().contains(f.getFileName() + ":"), r::toString);
        Path ok = SampleDataCopy.into(dir.resolve("ok"));
        withScope(ok, "功能区", "行政区划");
        CliRun fine = CliRun.of("--lang", "zh", "validate", "--data", ok.toString());
        assertTrue(!fine.out().contains("重复计算"), fine::toString);
    }

    @Test
    void aScopeThatIsNeitherIsAnErrorAtItsCell(@TempDir Path dir) throws Exception {
        Path data = SampleDataCopy.into(dir);
        Path f = withScope(data, "全口径", "");
        CliRun r = CliRun.of("--lang", "zh", "validate", "--data", data.toString());
        assertEquals(ExitCodes.DATA, r.exitCode(), r::toString);
        assertTrue(r.out().contains(f.getFileName() + ":") && r.out().contains("口径应为“行政区划”或“功能区”"), r::toString);
    }
}
