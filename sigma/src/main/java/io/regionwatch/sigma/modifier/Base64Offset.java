package io.regionwatch.sigma.modifier;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code base64offset}: the three encodings of the value shifted by 0, 1 and 2 bytes, each cut to
 * the characters that do not depend on the unknown neighbouring bytes. Meant for use with contains.
 */
final class Base64Offset implements Modifier {
    private static final int[] START_TRIM = {0, 2, 3};
    /** Indexed by (length + shift) % 3: how many trailing characters depend on what follows. */
    private static final int[] END_TRIM = {0, 3, 2};

    @Override
    public void apply(ModifierChain chain) throws ModifierException {
        chain.flatMap(v -> {
            byte[] value = Base64.bytes(chain, v);
            List<SigmaValue> out = new ArrayList<>();
            for (int shift = 0; shift < 3; shift++) {
                byte[] shifted = new byte[value.length + shift];
                java.util.Arrays.fill(shifted, 0, shift, (byte) ' ');
                System.arraycopy(value, 0, shifted, shift, value.length);
                String encoded = java.util.Base64.getEncoder().encodeToString(shifted);
                int end = encoded.length() - END_TRIM[(value.length + shift) % 3];
                out.add(SigmaString.literal(encoded.substring(Math.min(START_TRIM[shift], end), end)));
            }
            return out;
        });
    }
}
