package io.regionwatch.cli;

/** sysexits(3) codes, as jlox uses them: scripts can tell a bad rule from an unreadable file. */
final class ExitCodes {
    static final int OK = 0;
    static final int USAGE = 64;
    static final int DATA_ERROR = 65;
    static final int INTERNAL = 70;
    static final int IO_ERROR = 74;

    private ExitCodes() {
    }
}
