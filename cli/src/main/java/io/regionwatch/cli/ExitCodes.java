package io.regionwatch.cli;

/** sysexits(3) codes, as jlox uses them: scripts can tell a bad rule from an unreadable file. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int USAGE = 64;
    public static final int DATA_ERROR = 65;
    public static final int INTERNAL = 70;
    public static final int IO_ERROR = 74;

    private ExitCodes() {
    }
}
