package io.regionwatch.cli.sink;

import io.regionwatch.core.alert.Alert;
import io.regionwatch.core.alert.AlertSink;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Alerts as CSV rows (one per alert analysts see), safe to open in a spreadsheet. */
public final class CsvAlertSink implements AlertSink {
    static final List<String> HEADER = List.of("time", "severity", "risk_score", "rule", "provider", "region", "account",
            "principal", "action", "source_ip", "reason", "alert_uuid");
    private final Writer out;
    private final boolean ownsWriter;

    public CsvAlertSink(Writer out, boolean ownsWriter) throws IOException {
        this.out = out;
        this.ownsWriter = ownsWriter;
        writeRow(HEADER);
    }

    @Override
    public void write(Alert alert) throws IOException {
        if (AlertView.isBuildingBlock(alert.document())) {
            return;
        }
        AlertView v = AlertView.of(alert.document());
        writeRow(List.of(v.time(), v.severity(), Long.toString(v.riskScore()), v.ruleName(), v.provider(), v.region(),
                v.account(), v.principal(), v.action(), v.sourceIp(), v.reason(), v.uuid()));
    }

    private void writeRow(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(CsvCells.cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    @Override
    public void close() throws IOException {
        if (ownsWriter) {
            out.close();
        } else {
            out.flush();
        }
    }
}
