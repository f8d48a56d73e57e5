package io.qqhi.framework;

import java.util.List;

/**
 * Who issues the 通报 (framework {@code issuer:}; docs/formats.md, documents): the 发文机关标志
 * ({@code mark}, e.g. …办公室文件), the 落款 name, the 文号 template ({year} and {n}), 抄送 and
 * 印发机关 for the 版记, the leaders a 专报 is reported to ({@code report_to}, its 版记's 报), and whether
 * the masthead is red (GB/T 9704).
 */
public record Issuer(String name, String mark, String number, List<String> cc, List<String> reportTo, String printer,
                     boolean redHeader) {
    public Issuer {
        cc = List.copyOf(cc);
        reportTo = List.copyOf(reportTo);
    }

    /** The 文号 for a year and number; an unknown number leaves its place open (【 】). */
    public String number(String year, Integer n) {
        return number.replace("{year}", year).replace("{n}", n == null ? "【 】" : Integer.toString(n));
    }
}
