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

    static boolean isIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
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
