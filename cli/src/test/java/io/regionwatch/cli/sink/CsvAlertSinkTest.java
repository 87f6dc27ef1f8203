package io.regionwatch.cli.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvAlertSinkTest {
    @Test
    void cellsThatASpreadsheetWouldEvaluateGetALeadingApostrophe() {
        assertThat(CsvCells.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvCells.cell("+1")).isEqualTo("'+1");
        assertThat(CsvCells.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.cell("\tcmd")).isEqualTo("\"'\tcmd\"");
        assertThat(CsvCells.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
    }

    @Test
    void ordinaryCellsAreQuotedOnlyWhenNeeded() {
        assertThat(CsvCells.cell("ap-southeast-1")).isEqualTo("ap-southeast-1");
        assertThat(CsvCells.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvCells.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvCells.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvCells.cell(null)).isEmpty();
        assertThat(CsvCells.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void writesAHeaderAndOneRowPerAlertWithHostileFieldsNeutralized() throws Exception {
        StringWriter out = new StringWriter();
        try (CsvAlertSink sink = new CsvAlertSink(out, true)) {
            sink.write(TestAlerts.alert("u1", "=cmd|' /C calc'!A0", "sa-east-1"));
        }
        String[] lines = out.toString().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("time,severity,risk_score,rule,provider,region,account,principal");
        assertThat(lines[1]).contains(",sa-east-1,418275093621,'=cmd|' /C calc'!A0,RunInstances,").endsWith(",u1");
    }
}
