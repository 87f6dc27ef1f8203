package io.regionwatch.cli.sink;

import io.regionwatch.cli.output.NdjsonWriter;
import io.regionwatch.core.alert.Alert;
import io.regionwatch.core.alert.AlertSink;
import java.io.IOException;

/** Alerts as OCSF Detection Findings, one JSON document per line (what Security Lake ingests). */
public final class OcsfAlertSink implements AlertSink {
    private final NdjsonWriter writer;
    private final OcsfFindingMapper mapper;

    public OcsfAlertSink(NdjsonWriter writer, OcsfFindingMapper mapper) {
        this.writer = writer;
        this.mapper = mapper;
    }

    @Override
    public void write(Alert alert) throws IOException {
        if (!AlertView.isBuildingBlock(alert.document())) {
            writer.write(mapper.map(alert.document()));
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
