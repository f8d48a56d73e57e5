package io.qqhi.report;

/** Dates as a 公文 writes them. */
public final class Dates {
    private Dates() {
    }

    /** 2026-07-15 → 2026年7月15日. */
    public static String chinese(String iso) {
        String[] p = iso.split("-");
        return p[0] + "年" + Integer.parseInt(p[1]) + "月" + Integer.parseInt(p[2]) + "日";
    }
}
