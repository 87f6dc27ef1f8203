package io.regionwatch.cli;

import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.diag.DiagnosticException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns the failures every command can meet into a message and a sysexits code. */
public final class Failures {
    private Failures() {
    }

    public static int diagnostics(PrintWriter err, DiagnosticException e) {
        for (Diagnostic d : e.diagnostics()) {
            err.println(d);
        }
        long errors = e.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
        err.println("regionwatch: " + errors + (errors == 1 ? " error" : " errors") + " in rules or configuration");
        return ExitCodes.DATA_ERROR;
    }

    public static int io(PrintWriter err, IOException e) {
        String what = e instanceof NoSuchFileException ? "no such file or directory"
                : e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
        String file = e instanceof java.nio.file.FileSystemException fse ? fse.getFile() : null;
        err.println("regionwatch: " + (file != null ? file + ": " : "") + what);
        return ExitCodes.IO_ERROR;
    }
}
