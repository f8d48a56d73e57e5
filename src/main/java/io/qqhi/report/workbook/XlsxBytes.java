package io.qqhi.report.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Makes a workbook's bytes depend on its content only: the writer stamps the creation time into
 * docProps/core.xml and the zip entries, which would make every run's file different.
 */
public final class XlsxBytes {
    private XlsxBytes() {
    }

    public static byte[] deterministic(byte[] xlsx) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(xlsx.length);
        Path tmp = null;
        try {
            // the writer streams entries with data descriptors, which ZipInputStream rejects; the
            // central directory (ZipFile) is authoritative
            tmp = Files.createTempFile("qqhi", ".xlsx");
            Files.write(tmp, xlsx);
            try (ZipFile in = new ZipFile(tmp.toFile()); ZipOutputStream out = new ZipOutputStream(b)) {
                for (ZipEntry e : Collections.list(in.entries())) {
                    byte[] data = in.getInputStream(e).readAllBytes();
                    if (e.getName().equals("docProps/core.xml")) {
                        data = new String(data, StandardCharsets.UTF_8)
                                .replaceAll("<dcterms:created([^>]*)>[^<]*<", "<dcterms:created$1>2026-01-01T00:00:00Z<")
                                .replaceAll("<dcterms:modified([^>]*)>[^<]*<", "<dcterms:modified$1>2026-01-01T00:00:00Z<")
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    ZipEntry n = new ZipEntry(e.getName());
                    n.setTime(0);
                    out.putNextEntry(n);
                    out.write(data);
                    out.closeEntry();
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless
                }
            }
        }
        return b.toByteArray();
    }
}
