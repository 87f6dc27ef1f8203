package io.regionwatch.ingest.normalize;

/**
 * Decides whether a string is an IP literal without any name lookup, as Elastic's {@code ^%{IP}$}
 * grok does for {@code source.ip}; service names such as {@code ec2.amazonaws.com} are not.
 */
public final class IpAddresses {
    private IpAddresses() {
    }

    public static boolean isIp(String s) {
        return s != null && (isIpv4(s) || isIpv6(s));
    }

    /** Four dot-separated parts of one to three (Unicode) digits each, none above 255; no allocation. */
    static boolean isIpv4(String s) {
        int parts = 0;
        int digits = 0;
        int value = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '.';
            if (c == '.') {
                if (digits == 0 || value > 255 || ++parts > 4) {
                    return false;
                }
                digits = 0;
                value = 0;
            } else if (Character.isDigit(c) && ++digits <= 3) {
                value = value * 10 + Character.digit(c, 10);
            } else {
                return false;
            }
        }
        return parts == 4;
    }

    static boolean isIpv6(String address) {
        int zone = address.indexOf('%'); // a zone id (fe80::1%eth0) names an interface, not part of the address
        String s = zone < 0 ? address : address.substring(0, zone);
        int colons = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') {
                colons++;
            } else if (Character.digit(c, 16) < 0 && c != '.') {
                return false;
            }
        }
        return colons >= 2 && colons <= 7 && !s.contains(":::");
    }
}
