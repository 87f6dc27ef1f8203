package io.regionwatch.cli.simulate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Azure's timestamp style: always seven fractional digits and a Z. */
final class AzureTime {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AzureTime() {
    }

    static String format(Instant t) {
        return FORMAT.format(t);
    }
}
