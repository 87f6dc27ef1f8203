package io.regionwatch.sigma.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.sigma.Sigma;
import io.regionwatch.sigma.SigmaOptions;
import io.regionwatch.sigma.model.SigmaRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sigma to EQL over regionwatch's ECS fields. */
class EqlConverterTest {
    private static final String HEADER = "title: t\nlogsource: {product: aws, service: cloudtrail}\ndetection:\n";

    private static String eql(String detection) throws DiagnosticException {
        SigmaRule rule = (SigmaRule) Sigma.parse(HEADER + detection, "t.yml").get(0);
        SigmaOptions options = SigmaOptions.defaults().withPlaceholders(Map.of("Approved", List.of("us-east-1", "eu-*")));
        return new EqlConverter(options).convert(rule, "t.yml");
    }

    @Test
    void enableRegion() throws Exception {
        assertThat(eql("  selection:\n    eventSource: account.amazonaws.com\n    eventName: EnableRegion\n  condition: selection\n"))
                .isEqualTo("any where event.dataset == \"aws.cloudtrail\" and "
                        + "((event.provider : \"account.amazonaws.com\" and event.action : \"EnableRegion\"))");
    }

    @Test
    void modifiersAndConditions() throws Exception {
        assertThat(eql("  sel:\n    eventName|startswith: [Run, Create]\n  approved:\n    awsRegion|expand: '%Approved%'\n"
                + "  condition: sel and not approved\n"))
                .isEqualTo("any where event.dataset == \"aws.cloudtrail\" and (((event.action : \"Run*\" or event.action : \"Create*\")"
                        + " and (not (cloud.region : \"us-east-1\" or cloud.region : \"eu-*\"))))");
        assertThat(eql("  s:\n    userIdentity.arn|re: '.+:assumed-role/aws:.+'\n  condition: s\n"))
                .endsWith("(aws.cloudtrail.user_identity.arn regex \".*.+:assumed-role/aws:.+.*\")");
        assertThat(eql("  s:\n    src_ip|cidr: 10.0.0.0/8\n    eventTime|exists: true\n  condition: s\n"))
                .endsWith("((cidrMatch(source.ip, \"10.0.0.0/8\") and `@timestamp` != null))");
        assertThat(eql("  s:\n    eventName|cased: 'a\\*b'\n    errorCode: null\n  condition: s\n"))
                .endsWith("((event.action regex \"a\\\\*b\" and aws.cloudtrail.error_code == null))");
    }

    @Test
    void unsupportedConstructsAreReported() {
        assertThatThrownBy(() -> eql("  k:\n    - evil\n  condition: k\n")).hasMessageContaining("no EQL equivalent");
        assertThatThrownBy(() -> eql("  s:\n    eventTime|hour: 3\n  condition: s\n")).hasMessageContaining("no EQL equivalent");
        assertThatThrownBy(() -> eql("  s:\n    userIdentity.arn|fieldref: requestParameters.userName\n  condition: not s\n"))
                .hasMessageContaining("fieldref (field-to-field comparison) has no EQL equivalent");
    }
}
