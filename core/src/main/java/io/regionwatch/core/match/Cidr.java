package io.regionwatch.core.match;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Membership of an IPv4 or IPv6 address in any of a list of CIDR blocks ({@code cidrMatch}).
 * Addresses are parsed only when they are IP literals, so no text can ever trigger a DNS lookup.
 */
public final class Cidr implements ValueTest {
    private final List<byte[]> networks = new ArrayList<>();
    private final List<Integer> prefixes = new ArrayList<>();

    /** Throws IllegalArgumentException naming the first block that is not valid CIDR notation. */
    public Cidr(List<String> blocks) {
        for (String block : blocks) {
            int slash = block.indexOf('/');
            byte[] address = parseAddress(slash < 0 ? block : block.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("invalid CIDR block '" + block + "'");
            }
            int prefix = address.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(block.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
            }
            if (prefix < 0 || prefix > address.length * 8) {
                throw new IllegalArgumentException("invalid CIDR prefix in '" + block + "'");
            }
            networks.add(address);
            prefixes.add(prefix);
        }
    }

    @Override
    public boolean test(Object value) {
        byte[] address = value instanceof String s ? parseAddress(s) : null;
        if (address == null) {
            return false;
        }
        for (int i = 0; i < networks.size(); i++) {
            if (inBlock(address, networks.get(i), prefixes.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inBlock(byte[] address, byte[] network, int prefix) {
        if (address.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >> (bit % 8);
            if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** Bytes of an IPv4 dotted quad or an IPv6 literal, else null. */
    public static byte[] parseAddress(String text) {
        if (text.indexOf(':') < 0) {
            return parseIpv4(text);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.digit(c, 16) < 0 && c != ':' && c != '.') {
                return null;
            }
        }
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static byte[] parseIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                return null;
            }
            int v = Integer.parseInt(p);
            if (v > 255) {
                return null;
            }
            out[i] = (byte) v;
        }
        return out;
    }
}
