package io.regionwatch.eql.compile;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.eql.Eql;
import io.regionwatch.eql.ast.Expr;
import io.regionwatch.eql.ast.Query;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The examples of Elastic's EQL function reference and the fold tests, evaluated as constants. */
class FunctionExamplesTest {
    /** Parses the expression as a join key (a value position, so it need not be boolean) and folds it. */
    static Object fold(String expression) throws Exception {
        String text = "sequence by " + expression + " [any where true] [any where true]";
        Query.Sequence q = (Query.Sequence) Eql.parse(text, "t").statement().query();
        Expr key = q.keys().get(0);
        return ScriptCompiler.fold(key);
    }

    @Test
    void arithmetic() throws Exception {
        assertThat(fold("add(4, 5)")).isEqualTo(9L);
        assertThat(fold("add(4, 0.5)")).isEqualTo(4.5);
        assertThat(fold("add(null, 4)")).isNull();
        assertThat(fold("subtract(10, 2)")).isEqualTo(8L);
        assertThat(fold("subtract(6, 6.5)")).isEqualTo(-0.5);
        assertThat(fold("multiply(-2, 2)")).isEqualTo(-4L);
        assertThat(fold("multiply(0.5, 2)")).isEqualTo(1.0);
        assertThat(fold("divide(4, 3)")).isEqualTo(1L);
        assertThat((Double) fold("divide(4, 3.0)")).isCloseTo(1.3333, Offset.offset(0.001));
        assertThat(fold("divide(0.5, 4)")).isEqualTo(0.125);
        assertThat(fold("modulo(10, 6)")).isEqualTo(4L);
        assertThat(fold("modulo(10, -6)")).isEqualTo(4L);
        assertThat(fold("modulo(-10, -6)")).isEqualTo(-4L);
        assertThat(fold("7 / 3")).isEqualTo(2L);
        assertThat(fold("3 + 4 - 5 * 6 / 7")).isEqualTo(3L);
        assertThat(fold("-1 + null")).isNull();
    }

    @Test
    void between() throws Exception {
        assertThat(fold("between(\"C:\\\\Windows\\\\System32\\\\cmd.exe\", \"System32\\\\\", \".exe\")")).isEqualTo("cmd");
        assertThat(fold("between~(\"c:\\\\windows\\\\system32\\\\cmd.exe\", \"SYSTEM32\\\\\", \".EXE\")")).isEqualTo("cmd");
        assertThat(fold("between(\"a.b.c.d\", \".\", \".\", false)")).isEqualTo("b");
        assertThat(fold("between(\"a.b.c.d\", \".\", \".\", true)")).isEqualTo("b.c");
        assertThat(fold("between(\"abc\", \"x\", \"c\")")).isEqualTo("");
        assertThat(fold("between(null, \"x\", \"c\")")).isNull();
    }

    @Test
    void cidrMatch() throws Exception {
        assertThat(fold("cidrMatch(\"192.168.152.12\", \"192.168.0.0/16\")")).isEqualTo(true);
        assertThat(fold("cidrMatch(\"192.168.152.12\", \"10.0.0.0/8\", \"192.168.0.0/16\")")).isEqualTo(true);
        assertThat(fold("cidrMatch(\"10.6.48.157\", \"192.168.0.0/16\")")).isEqualTo(false);
        assertThat(fold("cidrMatch(\"2001:db8::ff00:42:8329\", \"2001:db8::/32\")")).isEqualTo(true);
        assertThat(fold("cidrMatch(null, \"10.0.0.0/8\")")).isNull();
    }

    @Test
    void concatAndString() throws Exception {
        assertThat(fold("concat(\"process is \", \"regsvr32.exe\")")).isEqualTo("process is regsvr32.exe");
        assertThat(fold("concat(\"regsvr32.exe\", \".\", 42)")).isEqualTo("regsvr32.exe.42");
        assertThat(fold("concat(\"regsvr32.exe\", \".\", 42.1)")).isEqualTo("regsvr32.exe.42.1");
        assertThat(fold("concat(\"regsvr32.exe\", \".\", false)")).isEqualTo("regsvr32.exe.false");
        assertThat(fold("concat(\"regsvr32.exe\", \".\", null)")).isNull();
        assertThat(fold("string(42)")).isEqualTo("42");
        assertThat(fold("string(2.1828)")).isEqualTo("2.1828");
        assertThat(fold("string(true)")).isEqualTo("true");
        assertThat(fold("string(null)")).isNull();
    }

    @Test
    void prefixSuffixContains() throws Exception {
        assertThat(fold("endsWith(\"regsvr32.exe\", \".exe\")")).isEqualTo(true);
        assertThat(fold("endsWith(\"regsvr32.exe\", \".EXE\")")).isEqualTo(false);
        assertThat(fold("endsWith~(\"regsvr32.exe\", \".EXE\")")).isEqualTo(true);
        assertThat(fold("endsWith(\"\", \"\")")).isEqualTo(true);
        assertThat(fold("startsWith(\"regsvr32.exe\", \"regsvr32\")")).isEqualTo(true);
        assertThat(fold("startsWith~(\"regsvr32.exe\", \"REGSVR32\")")).isEqualTo(true);
        assertThat(fold("startswith~(\"regsvr32.exe\", \"REGSVR32\")")).isEqualTo(true);
        assertThat(fold("startsWith(\"regsvr32.exe\", \"\")")).isEqualTo(true);
        assertThat(fold("stringContains(\"process.name\", \"ess.na\")")).isEqualTo(true);
        assertThat(fold("stringContains~(\"process.name\", \"PROCESS\")")).isEqualTo(true);
        assertThat(fold("stringContains(\"process.name\", \"\")")).isEqualTo(false);
        assertThat(fold("stringContains(\"\", \"\")")).isEqualTo(false);
        assertThat(fold("startsWith(null, \"x\")")).isNull();
    }

    @Test
    void indexOfAndLength() throws Exception {
        assertThat(fold("indexOf(\"myfile.txt\", \".txt\")")).isEqualTo(6L);
        assertThat(fold("indexOf~(\"myfile.txt\", \".TXT\")")).isEqualTo(6L);
        assertThat(fold("indexOf(\"myfile.txt\", \"file\", 3)")).isNull();
        assertThat(fold("indexOf(\"myfile.txt\", \"txt\", -4)")).isEqualTo(7L);
        assertThat(fold("indexOf(\"myfile.txt\", \"\", 1)")).isEqualTo(1L);
        assertThat(fold("indexOf(\"myfile.txt\", \"\", -1)")).isEqualTo(0L);
        assertThat(fold("indexOf(\"myfile.txt\", \"x\", 20)")).isNull();
        assertThat(fold("length(\"explorer.exe\")")).isEqualTo(12L);
        assertThat(fold("length(\"\")")).isEqualTo(0L);
        assertThat(fold("length(null)")).isNull();
    }

    @Test
    void number() throws Exception {
        assertThat(fold("number(\"1337\")")).isEqualTo(1337L);
        assertThat(fold("number(\"42.5\")")).isEqualTo(42.5);
        assertThat(fold("number(\"deadbeef\", 16)")).isEqualTo(3735928559L);
        assertThat(fold("number(\"0x1337\", 16)")).isEqualTo(4919L);
        assertThat(fold("number(\"0x1337\")")).isEqualTo(4919L);
        assertThat(fold("number(\" +1337 \")")).isEqualTo(1337L);
        assertThat(fold("number(\"-1337\")")).isEqualTo(-1337L);
        assertThat(fold("number(\"052403\", 8)")).isEqualTo(21763L);
        assertThat(fold("number(\"12\", null)")).isEqualTo(12L);
        assertThat(fold("number(null)")).isNull();
    }

    @Test
    void substring() throws Exception {
        assertThat(fold("substring(\"start regsvr32.exe\", 6)")).isEqualTo("regsvr32.exe");
        assertThat(fold("substring(\"start regsvr32.exe\", 0, 5)")).isEqualTo("start");
        assertThat(fold("substring(\"start regsvr32.exe\", 6, 14)")).isEqualTo("regsvr32");
        assertThat(fold("substring(\"start regsvr32.exe\", -4)")).isEqualTo(".exe");
        assertThat(fold("substring(\"start regsvr32.exe\", -4, -1)")).isEqualTo(".ex");
        assertThat(fold("substring(\"hello world\", -60, 5)")).isEqualTo("hello");
        assertThat(fold("substring(null, 1)")).isNull();
    }

    @Test
    void methodSyntaxAndNullLogic() throws Exception {
        assertThat(fold("\"hello\":length() == 5")).isEqualTo(true);
        assertThat(fold("null and false")).isEqualTo(false);
        assertThat(fold("null or true")).isEqualTo(true);
        assertThat(fold("not null")).isNull();
        assertThat(fold("null < 1")).isNull();
        assertThat(fold("\"Foo\" < \"foo\"")).isEqualTo(true);
        assertThat(fold("\"\\u{41}\\u{1F600}\" == \"A\\u{1f600}\"")).isEqualTo(true);
    }
}
