package io.regionwatch.cli.rules;

import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.diag.DiagnosticException;
import java.io.IOException;
import java.io.PrintWriter;

/** sysexits codes and messages for the export and convert commands (the same as the other commands'). */
final class Exits {
    static final int OK = 0;
    static final int USAGE = 64;
    static final int DATA_ERROR = 65;
    static final int IO_ERROR = 74;

    private Exits() {
    }

    static int diagnostics(PrintWriter err, DiagnosticException e) {
        for (Diagnostic d : e.diagnostics()) {
            err.println(d);
        }
        err.flush();
        return DATA_ERROR;
    }

    static int io(PrintWriter err, IOException e) {
        err.println("regionwatch: " + e.getMessage());
        err.flush();
        return IO_ERROR;
    }
}
