package io.regionwatch.cli.simulate;

import java.util.List;
import java.util.Random;

/** Seeded source of every identifier and choice, so one seed gives one output. */
final class Rand {

    private static final String HEX = "0123456789abcdef";
    private static final String ALNUM =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final Random random;

    Rand(long seed) {
        this.random = new Random(seed);
    }

    int between(int lowInclusive, int highExclusive) {
        return lowInclusive + random.nextInt(highExclusive - lowInclusive);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    String hex(int length) {
        return fromAlphabet(HEX, length);
    }

    /** Mixed-case alphanumerics, like the random suffix of a CloudTrail object key. */
    String alnum(int length) {
        return fromAlphabet(ALNUM, length);
    }

    /** Upper-case alphanumerics, like S3 request ids and IAM unique ids. */
    String upperAlnum(int length) {
        return fromAlphabet(UPPER_ALNUM, length);
    }

    /** A random (version 4) UUID in canonical lower-case form. */
    String uuid() {
        String h = hex(32);
        char variant = HEX.charAt(8 + random.nextInt(4));
        return h.substring(0, 8) + '-' + h.substring(8, 12) + "-4" + h.substring(13, 16) + '-'
                + variant + h.substring(17, 20) + '-' + h.substring(20, 32);
    }

    /** Seven fractional digits, as Azure writes its timestamps. */
    int ticks() {
        return random.nextInt(10_000_000);
    }

    private String fromAlphabet(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
