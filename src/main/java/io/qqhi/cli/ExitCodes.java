package io.qqhi.cli;

/** sysexits codes (README, exit codes). */
public final class ExitCodes {
    public static final int OK = 0;
    /** round status: a department file is missing or has errors; ledger status: an item is overdue (docs/formats.md). */
    public static final int INCOMPLETE = 2;
    public static final int USAGE = 64;
    public static final int DATA = 65;
    public static final int NO_INPUT = 66;
    public static final int INTERNAL = 70;
    public static final int CANT_CREATE = 73;
    public static final int IO = 74;
    public static final int LOCKED = 75;

    private ExitCodes() {
    }
}
