package io.regionwatch.sigma.modifier;

import io.regionwatch.sigma.modifier.SigmaString.Literal;
import io.regionwatch.sigma.modifier.SigmaString.Part;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code utf16le} (alias {@code wide}), {@code utf16be} and {@code utf16} (byte-order mark then
 * little-endian): literal text becomes its encoded bytes, wildcards stay wildcards.
 */
final class Utf16 implements Modifier {
    private final Charset charset;
    private final boolean bom;

    Utf16(Charset charset, boolean bom) {
        this.charset = charset;
        this.bom = bom;
    }

    static Utf16 littleEndian() {
        return new Utf16(StandardCharsets.UTF_16LE, false);
    }

    static Utf16 bigEndian() {
        return new Utf16(StandardCharsets.UTF_16BE, false);
    }

    static Utf16 withBom() {
        return new Utf16(StandardCharsets.UTF_16LE, true);
    }

    @Override
    public void apply(ModifierChain chain) throws ModifierException {
        chain.map(v -> {
            SigmaString s = chain.string(v);
            if (s.bytes()) {
                throw new ModifierException("'" + chain.current() + "' cannot encode a value twice");
            }
            List<Part> out = new ArrayList<>();
            if (bom) {
                out.add(new Literal("\u00ff\u00fe"));
            }
            for (Part p : s.parts()) {
                out.add(p instanceof Literal l ? new Literal(new String(l.text().getBytes(charset), StandardCharsets.ISO_8859_1)) : p);
            }
            return new SigmaString(out, true, null);
        });
    }
}
