package io.regionwatch.eql;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Single-event semantics: case per operator, null and missing fields, multi-valued fields, categories. */
class SemanticsTest {
    private static final Event PROC = event(Map.of("event", Map.of("category", List.of("process", "start")),
            "process", Map.of("name", "Regsvr32.EXE", "pid", 42, "args", List.of("/s", "scrobj.dll")),
            "flag", true, "my-field", "x"));

    static Event event(Map<String, Object> doc) {
        return new Event(new HashMap<>(doc), Origin.UNKNOWN);
    }

    static boolean matches(String query, Event e) {
        try {
            return !Eql.parse(query, "t").compile(EqlOptions.defaults()).execute(List.of(e)).isEmpty();
        } catch (Exception ex) {
            throw new AssertionError(query, ex);
        }
    }

    private static boolean proc(String condition) {
        return matches("process where " + condition, PROC);
    }

    @Test
    void caseSensitivityFollowsTheOperator() {
        assertThat(proc("process.name == \"regsvr32.exe\"")).isFalse();
        assertThat(proc("process.name == \"Regsvr32.EXE\"")).isTrue();
        assertThat(proc("process.name : \"regsvr32.exe\"")).isTrue();
        assertThat(proc("process.name : \"regsvr*\"")).isTrue();
        assertThat(proc("process.name like \"regsvr*\"")).isFalse();
        assertThat(proc("process.name like~ \"regsvr*\"")).isTrue();
        assertThat(proc("process.name in (\"regsvr32.exe\")")).isFalse();
        assertThat(proc("process.name in~ (\"regsvr32.exe\")")).isTrue();
        assertThat(proc("process.name in~ (\"regsvr*\")")).isFalse();
        assertThat(proc("process.name regex \"[A-Z]egsvr[0-9]+\\\\.EXE\"")).isTrue();
        assertThat(proc("process.name regex \"regsvr.*\"")).isFalse();
        assertThat(proc("process.name regex~ \"regsvr.*\"")).isTrue();
        assertThat(proc("process.name == \"Regsvr32.*\"")).isFalse();
        assertThat(proc("process.name : (\"cmd.exe\", \"*.exe\")")).isTrue();
        assertThat(proc("process.name like (\"cmd.exe\", \"*.EXE\")")).isTrue();
    }

    @Test
    void missingFieldsFollowLuceneOnFieldPredicatesAndNullLogicInScripts() {
        assertThat(proc("missing == \"x\"")).isFalse();
        assertThat(proc("missing != \"x\"")).isTrue();
        assertThat(proc("not missing == \"x\"")).isTrue();
        assertThat(proc("missing not in (\"x\")")).isTrue();
        assertThat(proc("missing == null")).isTrue();
        assertThat(proc("missing != null")).isFalse();
        assertThat(proc("null == missing")).isTrue();
        assertThat(proc("?missing == null")).isTrue();
        assertThat(proc("length(missing) > 0")).isFalse();
        assertThat(proc("not length(missing) > 0")).isFalse();
        assertThat(proc("not startsWith(missing, \"x\")")).isTrue();
        assertThat(proc("missing > 1")).isFalse();
        assertThat(proc("not (missing > 1)")).isTrue();
        assertThat(proc("?missing")).isFalse();
        assertThat(proc("flag")).isTrue();
    }

    @Test
    void multiValuedFieldsMatchOnAnyElement() {
        assertThat(proc("process.args == \"/s\"")).isTrue();
        assertThat(proc("process.args != \"/s\"")).isFalse();
        assertThat(proc("process.args != \"/u\"")).isTrue();
        assertThat(proc("process.args : \"*.DLL\"")).isTrue();
        assertThat(proc("endsWith(process.args, \".dll\")")).isTrue();
        assertThat(proc("length(process.args) == 10")).isTrue();
        assertThat(proc("process.args != null")).isTrue();
    }

    @Test
    void categoriesMatchAnyElementExactlyAndAnyMatchesUncategorised() {
        assertThat(matches("start where true", PROC)).isTrue();
        assertThat(matches("Process where true", PROC)).isFalse();
        assertThat(matches("\"process\" where true", PROC)).isTrue();
        assertThat(matches("file where true", PROC)).isFalse();
        assertThat(matches("any where true", event(Map.of("a", 1)))).isTrue();
        assertThat(matches("process where true", event(Map.of("a", 1)))).isFalse();
    }

    @Test
    void numbersComparisonsAndArithmetic() {
        assertThat(proc("process.pid == 42")).isTrue();
        assertThat(proc("process.pid == 42.0")).isTrue();
        assertThat(proc("process.pid in (1, 42)")).isTrue();
        assertThat(proc("-1 < process.pid")).isTrue();
        assertThat(proc("process.pid / 5 == 8")).isTrue();
        assertThat(proc("process.pid / 5.0 == 8.4")).isTrue();
        assertThat(proc("process.pid % 5 == 2")).isTrue();
        assertThat(proc("process.pid * 2 - 4 == 80")).isTrue();
        assertThat(proc("process.name > \"Regsvr\" and process.name < \"regsvr\"")).isTrue();
    }

    @Test
    void namesAndLiterals() {
        assertThat(proc("`my-field` == \"x\"")).isTrue();
        assertThat(proc("process.name == \"\"\"Regsvr32.EXE\"\"\"")).isTrue();
        assertThat(proc("process.name : \"\"\"regsvr32\\.exe\"\"\"")).isFalse();
        assertThat(proc("CONCAT(process.name, \"\") == \"Regsvr32.EXE\"")).isTrue();
        assertThat(proc("process.name == \"Regsvr32\\u{2E}EXE\"")).isTrue();
    }

    @Test
    void regexUsesLuceneSyntax() {
        assertThat(proc("process.name regex \"Regsvr32\\\\.EXE\"")).isTrue();
        assertThat(proc("process.name regex \"Regsvr@\"")).isTrue();
        assertThat(proc("process.name regex \"\\\"Regsvr32.EXE\\\"\"")).isTrue();
        assertThat(proc("process.name regex \"Regsvr32^EXE\"")).isFalse();
        assertThat(proc("process.name regex (\"cmd\", \"Reg.*\")")).isTrue();
    }
}
