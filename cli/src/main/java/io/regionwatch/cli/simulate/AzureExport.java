package io.regionwatch.cli.simulate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Naming of the Log Analytics export file, stamped with the start of the exported window. */
final class AzureExport {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'").withZone(ZoneOffset.UTC);

    private AzureExport() {
    }

    static String stamp(Instant t) {
        return STAMP.format(t);
    }
}
