package io.qqhi.report;

import java.util.List;

import io.qqhi.input.Round;

/** A department file's version in force, in words (trace and the workbook's 原始数据; docs/formats.md, round.yaml). */
public final class Versions {
    private Versions() {
    }

    /** 现行为第2版（2026-07-20 08:00:00 UTC接收；更正说明：……；此前1个版本原样保存于 departments/.versions/）; empty without receipts. */
    public static String line(List<Round.Receipt> history) {
        if (history == null || history.isEmpty()) return "";
        Round.Receipt now = history.get(history.size() - 1);
        String when = now.time().replace('T', ' ').replace("Z", " UTC");
        // a first receipt that replaced a file put there by hand: that file was version 1
        int version = history.size() + (history.get(0).replaced().isEmpty() ? 0 : 1);
        return "现行为第" + version + "版（" + when + "接收" + (now.reason().isEmpty() ? "" : "；更正说明：" + now.reason())
                + (version > 1 ? "；此前" + (version - 1) + "个版本原样保存于 departments/.versions/" : "") + "）";
    }
}
