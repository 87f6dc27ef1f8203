package io.regionwatch.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressesTest {
    @ParameterizedTest
    @ValueSource(strings = {"89.160.20.156", "0.0.0.0", "2001:db8::1", "::1", "fe80::1%eth0", "::ffff:192.0.2.1"})
    void ips(String s) {
        assertThat(IpAddresses.isIp(s)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ec2.amazonaws.com", "AWS Internal", "256.1.1.1", "1.2.3", "", "private", "gce-internal-ip", "a:b"})
    void notIps(String s) {
        assertThat(IpAddresses.isIp(s)).isFalse();
    }
}
