package io.regionwatch.sigma.modifier;

import java.nio.charset.StandardCharsets;

/** {@code base64}: the value is Base64-encoded; wildcards cannot be encoded and are refused. */
final class Base64 implements Modifier {
    @Override
    public void apply(ModifierChain chain) throws ModifierException {
        chain.map(v -> SigmaString.literal(java.util.Base64.getEncoder().encodeToString(bytes(chain, v))));
    }

    /** UTF-8 for text; byte strings from the UTF-16 modifiers keep their bytes. */
    static byte[] bytes(ModifierChain chain, SigmaValue v) throws ModifierException {
        String text = chain.plain(v);
        // a number (eventName|base64offset: 8) is encoded as its text, as plain() gave it
        boolean byteString = v instanceof SigmaString s && s.bytes();
        return byteString ? text.getBytes(StandardCharsets.ISO_8859_1) : text.getBytes(StandardCharsets.UTF_8);
    }
}
