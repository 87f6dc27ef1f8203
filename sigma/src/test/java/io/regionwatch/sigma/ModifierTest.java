package io.regionwatch.sigma;

import static io.regionwatch.sigma.TestRules.errors;
import static io.regionwatch.sigma.TestRules.event;
import static io.regionwatch.sigma.TestRules.matches;
import static io.regionwatch.sigma.TestRules.rule;
import static io.regionwatch.sigma.TestRules.selects;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every modifier of the spec v2.1 appendix, with expectations computed by hand. */
class ModifierTest {
    private static final String F = "event.action";
    private static final String UA = "user_agent.original";

    @Test
    void containsStartsWithEndsWith() throws Exception {
        assertThat(selects("eventName|contains", "Key", F, "CreateKeyPair")).isTrue();
        assertThat(selects("eventName|contains", "Key", F, "CreateUser")).isFalse();
        assertThat(selects("eventName|startswith", "create", F, "CreateKeyPair")).isTrue();
        assertThat(selects("eventName|startswith", "Key", F, "CreateKeyPair")).isFalse();
        assertThat(selects("eventName|endswith", "pair", F, "CreateKeyPair")).isTrue();
        assertThat(selects("eventName|endswith", "Create", F, "CreateKeyPair")).isFalse();
        assertThat(selects("eventName|contains", "'a*c'", F, "xxabbcxx")).isTrue();
    }

    @Test
    void stringModifiersSeeNumbersAsText() throws Exception {
        assertThat(selects("event.code|startswith", "40", "event.code", 403L)).isTrue();
        assertThat(selects("event.code|startswith", "40", "event.code", "403")).isTrue();
        assertThat(selects("event.code|endswith", "3", "event.code", 403L)).isTrue();
        assertThat(selects("event.code|contains", "0", "event.code", 403L)).isTrue();
        assertThat(selects("event.code|contains", "9", "event.code", 403L)).isFalse();
    }

    @Test
    void allAndsTheList() throws Exception {
        CompiledSigmaRule r = rule("  selection:\n    userAgent|contains|all:\n      - aws-cli\n      - linux\n"
                + "  condition: selection\n");
        assertThat(matches(r, event(UA, "aws-cli/2.0 Linux/5.4"))).isTrue();
        assertThat(matches(r, event(UA, "aws-cli/2.0 Windows"))).isFalse();
    }

    @Test
    void allOnASingleValueIsRejected() {
        assertThat(errors("  selection:\n    userAgent|contains|all: x\n  condition: selection\n"))
                .singleElement().asString().contains("test.yml:7:5").contains("'all' needs a list");
    }

    @Test
    void casedMatchesCaseSensitively() throws Exception {
        assertThat(selects("eventName|cased", "CreateUser", F, "CreateUser")).isTrue();
        assertThat(selects("eventName|cased", "CreateUser", F, "createuser")).isFalse();
        assertThat(selects("eventName|contains|cased", "User", F, "createuser")).isFalse();
    }

    @Test
    void neqNegatesTheItem() throws Exception {
        assertThat(selects("eventName|neq", "CreateUser", F, "DeleteUser")).isTrue();
        assertThat(selects("eventName|neq", "CreateUser", F, "createuser")).isFalse();
        CompiledSigmaRule list = rule("  selection:\n    eventName|neq:\n      - A\n      - B\n  condition: selection\n");
        assertThat(matches(list, event(F, "C"))).isTrue();
        assertThat(matches(list, event(F, "b"))).isFalse();
    }

    @Test
    void existsTestsPresenceOnly() throws Exception {
        assertThat(selects("errorCode|exists", "true", "aws.cloudtrail.error_code", "")).isTrue();
        assertThat(matches(rule("  selection:\n    errorCode|exists: true\n  condition: selection\n"), event())).isFalse();
        assertThat(matches(rule("  selection:\n    errorCode|exists: false\n  condition: selection\n"), event())).isTrue();
        assertThat(errors("  selection:\n    errorCode|exists|contains: true\n  condition: selection\n"))
                .singleElement().asString().contains("cannot be combined");
        assertThat(errors("  selection:\n    errorCode|exists: yes please\n  condition: selection\n"))
                .singleElement().asString().contains("takes true or false");
    }

    @Test
    void regexIsCaseSensitiveSearchWithFlags() throws Exception {
        assertThat(selects("userIdentity.arn|re", "'.+:assumed-role/aws:.+'", "aws.cloudtrail.user_identity.arn",
                "arn:aws:sts::1:assumed-role/aws:ec2-instance/i-1")).isTrue();
        assertThat(selects("eventName|re", "'^Create'", F, "CreateUser")).isTrue();
        assertThat(selects("eventName|re", "'^create'", F, "CreateUser")).isFalse();
        assertThat(selects("eventName|re|i", "'^create'", F, "CreateUser")).isTrue();
        assertThat(selects("eventName|re", "'^b$'", F, "a\nb")).isFalse();
        assertThat(selects("eventName|re|m", "'^b$'", F, "a\nb")).isTrue();
        assertThat(selects("eventName|re", "'a.b'", F, "a\nb")).isFalse();
        assertThat(selects("eventName|re|s", "'a.b'", F, "a\nb")).isTrue();
        assertThat(selects("eventName|re", "'\\d+'", F, "v20")).isTrue();
    }

    @Test
    void regexErrorsAreDiagnostics() {
        assertThat(errors("  selection:\n    eventName|re: '(?=x)'\n  condition: selection\n"))
                .singleElement().asString().contains("invalid regular expression");
        assertThat(errors("  selection:\n    eventName|contains|re: 'x'\n  condition: selection\n"))
                .singleElement().asString().contains("must be the first modifier");
        assertThat(errors("  selection:\n    eventName|i: 'x'\n  condition: selection\n"))
                .singleElement().asString().contains("must follow 're'");
    }

    @Test
    void cidrV4AndV6() throws Exception {
        assertThat(selects("src_ip|cidr", "10.0.0.0/8", "source.ip", "10.20.30.40")).isTrue();
        assertThat(selects("src_ip|cidr", "10.0.0.0/8", "source.ip", "11.0.0.1")).isFalse();
        assertThat(selects("src_ip|cidr", "'2001:db8::/32'", "source.ip", "2001:db8::1")).isTrue();
        assertThat(selects("src_ip|cidr", "'2001:db8::/32'", "source.ip", "2001:db9::1")).isFalse();
        assertThat(errors("  selection:\n    src_ip|cidr: 10.0.0.0/33\n  condition: selection\n"))
                .singleElement().asString().contains("invalid CIDR");
    }

    @Test
    void base64() throws Exception {
        assertThat(selects("event.original|base64", "cmd", "event.original", "Y21k")).isTrue();
        assertThat(selects("event.original|base64|contains", "cmd", "event.original", "xxY21kxx")).isTrue();
        assertThat(errors("  selection:\n    event.original|base64: 'cm*'\n  condition: selection\n"))
                .singleElement().asString().contains("wildcards");
    }

    @Test
    void base64offsetCoversTheThreeAlignments() throws Exception {
        // base64("http://") at offsets 0, 1, 2: aHR0cDovL, h0dHA6Ly, odHRwOi8v
        String rule = "event.original|base64offset|contains";
        assertThat(selects(rule, "'http://'", "event.original", "aHR0cDovL2V4YW1wbGU=")).isTrue();
        assertThat(selects(rule, "'http://'", "event.original", "IGh0dHA6Ly9ldmlsLmV4YW1wbGUveA==")).isTrue();
        assertThat(selects(rule, "'http://'", "event.original", "xxodHRwOi8vxx")).isTrue();
        assertThat(selects(rule, "'http://'", "event.original", "aHR0cHM6Ly8=")).isFalse();
    }

    @Test
    void utf16Encodings() throws Exception {
        // "cmd" as UTF-16LE is 63 00 6d 00 64 00, base64 YwBtAGQA
        assertThat(selects("event.original|wide|base64", "cmd", "event.original", "YwBtAGQA")).isTrue();
        assertThat(selects("event.original|utf16le|base64", "cmd", "event.original", "YwBtAGQA")).isTrue();
        // UTF-16BE 00 63 00 6d 00 64 -> AGMAbQBk
        assertThat(selects("event.original|utf16be|base64", "cmd", "event.original", "AGMAbQBk")).isTrue();
        // BOM ff fe then LE -> //5jAG0AZAA=
        assertThat(selects("event.original|utf16|base64", "cmd", "event.original", "//5jAG0AZAA=")).isTrue();
        // wide + base64offset + contains: "xx cmd /c" in UTF-16LE base64 holds the offset-1 variant jAG0AZA
        assertThat(selects("event.original|wide|base64offset|contains", "cmd", "event.original",
                "eAB4ACAAYwBtAGQAIAAvAGMA")).isTrue();
    }

    @Test
    void windashPermutesDashes() throws Exception {
        String key = "event.original|windash|contains";
        assertThat(selects(key, "' -exec'", "event.original", "tool /exec")).isTrue();
        assertThat(selects(key, "' -exec'", "event.original", "tool \u2013exec")).isTrue();
        assertThat(selects(key, "' -exec'", "event.original", "tool \u2014exec")).isTrue();
        assertThat(selects(key, "' -exec'", "event.original", "tool \u2015exec")).isTrue();
        assertThat(selects(key, "' -exec'", "event.original", "tool +exec")).isFalse();
    }

    @Test
    void numericComparisons() throws Exception {
        assertThat(selects("event.code|gt", "400", "event.code", 403L)).isTrue();
        assertThat(selects("event.code|gt", "403", "event.code", 403L)).isFalse();
        assertThat(selects("event.code|gte", "403", "event.code", 403L)).isTrue();
        assertThat(selects("event.code|lt", "403", "event.code", "402")).isTrue();
        assertThat(selects("event.code|lte", "2.5", "event.code", 2.5)).isTrue();
        assertThat(selects("event.code|lt", "5", "event.code", "abc")).isFalse();
        assertThat(errors("  selection:\n    event.code|gt: high\n  condition: selection\n"))
                .singleElement().asString().contains("needs a number");
    }

    @Test
    void datePartModifiers() throws Exception {
        String ts = "2026-11-28T03:45:12Z";
        assertThat(selects("eventTime|hour", "3", "@timestamp", ts)).isTrue();
        assertThat(selects("eventTime|hour", "4", "@timestamp", ts)).isFalse();
        assertThat(selects("eventTime|minute", "45", "@timestamp", ts)).isTrue();
        assertThat(selects("eventTime|day", "28", "@timestamp", ts)).isTrue();
        assertThat(selects("eventTime|month", "11", "@timestamp", ts)).isTrue();
        assertThat(selects("eventTime|year", "2026", "@timestamp", ts)).isTrue();
        assertThat(selects("eventTime|week", "48", "@timestamp", ts)).isTrue();
        assertThat(selects("eventTime|hour|gte", "22", "@timestamp", ts)).isFalse();
        assertThat(selects("eventTime|hour|lt", "6", "@timestamp", "2026-11-28T05:00:00+02:00")).isTrue();
        assertThat(errors("  selection:\n    eventTime|hour: 24\n  condition: selection\n"))
                .singleElement().asString().contains("0..23");
    }

    @Test
    void fieldrefComparesTwoFields() throws Exception {
        CompiledSigmaRule r = rule("  selection:\n    userIdentity.arn|fieldref: requestParameters.userName\n"
                + "  condition: selection\n");
        String arn = "aws.cloudtrail.user_identity.arn";
        String user = "aws.cloudtrail.flattened.request_parameters.userName";
        assertThat(matches(r, event(arn, "Bob", user, "bob"))).isTrue();
        assertThat(matches(r, event(arn, "Bob", user, "alice"))).isFalse();
        assertThat(matches(r, event(arn, "Bob"))).isFalse();
        CompiledSigmaRule ends = rule("  selection:\n    userIdentity.arn|fieldref|endswith: requestParameters.userName\n"
                + "  condition: selection\n");
        assertThat(matches(ends, event(arn, "arn:aws:iam::1:user/bob", user, "bob"))).isTrue();
    }

    @Test
    void expandResolvesPlaceholders() throws Exception {
        CompiledSigmaRule r = TestRules.rule("  selection:\n    eventName: RunInstances\n"
                + "  approved:\n    awsRegion|expand: '%ApprovedRegions%'\n  condition: selection and not approved\n",
                Map.of("ApprovedRegions", List.of("us-east-1", "eu-*")));
        assertThat(matches(r, event(F, "RunInstances", "cloud.region", "ap-southeast-3"))).isTrue();
        assertThat(matches(r, event(F, "RunInstances", "cloud.region", "us-east-1"))).isFalse();
        assertThat(matches(r, event(F, "RunInstances", "cloud.region", "eu-west-3"))).isFalse();
    }

    @Test
    void expandInsideAStringAndEscapedPercent() throws Exception {
        CompiledSigmaRule r = TestRules.rule("  selection:\n    userAgent|contains|expand: 'x%Tool%\\%'\n"
                + "  condition: selection\n", Map.of("Tool", List.of("aws-cli", "boto3")));
        assertThat(matches(r, event(UA, "..xboto3%.."))).isTrue();
        assertThat(matches(r, event(UA, "..xboto3.."))).isFalse();
    }

    @Test
    void specExampleEscapedPercentThenPlaceholder() throws Exception {
        // spec: "field|expand: \%plain%name% handles %plain as plain value and %name% as placeholder"
        CompiledSigmaRule r = TestRules.rule("  selection:\n    userAgent|expand: '\\%plain%name%'\n"
                + "  condition: selection\n", Map.of("name", List.of("A", "B")));
        assertThat(matches(r, event(UA, "%plainB"))).isTrue();
        assertThat(matches(r, event(UA, "%plain%name%"))).isFalse();
    }

    @Test
    void unresolvedPlaceholderIsADiagnostic() {
        assertThat(errors("  selection:\n    awsRegion|expand: '%Nope%'\n  condition: selection\n"))
                .singleElement().asString().contains("test.yml:7:5").contains("'%Nope%' has no values");
    }

    @Test
    void withoutExpandPercentIsLiteral() throws Exception {
        assertThat(selects("eventName", "'%x%'", F, "%x%")).isTrue();
    }

    @Test
    void unknownModifierIsADiagnostic() {
        assertThat(errors("  selection:\n    eventName|containz: x\n  condition: selection\n"))
                .singleElement().asString().contains("test.yml:7:5").contains("unknown modifier 'containz'");
    }

    @Test
    void everyRegisteredModifierIsCovered() {
        assertThat(io.regionwatch.sigma.modifier.Modifiers.names()).containsExactlyInAnyOrder(
                "contains", "startswith", "endswith", "all", "exists", "cased", "neq", "re", "i", "ignorecase", "m",
                "multiline", "s", "dotall", "cidr", "base64", "base64offset", "windash", "utf16le", "wide", "utf16be",
                "utf16", "lt", "lte", "gt", "gte", "minute", "hour", "day", "week", "month", "year", "fieldref", "expand");
    }
}
