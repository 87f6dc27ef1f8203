package io.regionwatch.cli.sink;

import io.regionwatch.cli.output.Terminal;
import io.regionwatch.core.alert.Alert;
import io.regionwatch.core.alert.AlertSink;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Alerts as an aligned table for a terminal, printed when the scan ends (widths need every row).
 * Cells are stripped of control characters and cut to a width, so hostile log text cannot move the
 * cursor or hide rows; severity is coloured only when asked to (on a TTY).
 */
public final class TableAlertSink implements AlertSink {
    private static final List<String> HEADER = List.of("TIME", "SEVERITY", "RULE", "PROVIDER", "REGION", "ACCOUNT",
            "PRINCIPAL", "ACTION");
    private static final int MAX_WIDTH = 48;
    private final PrintWriter out;
    private final boolean colour;
    private final List<List<String>> rows = new ArrayList<>();

    public TableAlertSink(PrintWriter out, boolean colour) {
        this.out = out;
        this.colour = colour;
    }

    @Override
    public void write(Alert alert) {
        if (AlertView.isBuildingBlock(alert.document())) {
            return;
        }
        AlertView v = AlertView.of(alert.document());
        rows.add(List.of(v.time(), v.severity(), v.ruleName(), v.provider(), v.region(), v.account(), v.principal(),
                v.action()).stream().map(TableAlertSink::fit).toList());
    }

    @Override
    public void close() throws IOException {
        int[] widths = new int[HEADER.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(rows);
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        printRow(HEADER, widths, true);
        rows.forEach(row -> printRow(row, widths, false));
        out.printf("%d alert%s%n", rows.size(), rows.size() == 1 ? "" : "s");
        out.flush();
    }

    private void printRow(List<String> row, int[] widths, boolean header) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i);
            boolean last = i == row.size() - 1;
            String padded = last ? cell : cell + " ".repeat(widths[i] - cell.length() + 2);
            line.append(header ? Terminal.paint(padded, "1", colour) : i == 1 ? severity(padded, cell) : padded);
        }
        out.println(line.toString().stripTrailing());
    }

    private String severity(String padded, String label) {
        return switch (label) {
            case "critical", "high" -> Terminal.paint(padded, "31", colour);
            case "medium" -> Terminal.paint(padded, "33", colour);
            default -> padded;
        };
    }

    static String fit(String value) {
        String clean = Terminal.printable(value);
        return clean.length() <= MAX_WIDTH ? clean : clean.substring(0, MAX_WIDTH - 1) + "…";
    }
}
