package io.regionwatch.core.event;

import java.util.function.Consumer;

/**
 * {@link Event#get} read straight from a {@link DocumentEncoding}: keys are compared in place and
 * the values off the path are skipped by their length, so a rule that reads four fields of a held
 * event does not rebuild its hundred. The rule is {@code Event.get}'s exactly: at each level every
 * split of the remaining path is tried as a key (dotted keys), arrays are walked, and the leaves are
 * flattened with nulls dropped.
 */
final class EncodedLookup {
    private EncodedLookup() {
    }

    static void collect(byte[] bytes, FieldPath path, Consumer<Object> leaf) {
        collect(bytes, 0, path, 0, leaf);
    }

    /** The value at {@code at}, for the path from segment {@code from}. */
    private static void collect(byte[] buf, int at, FieldPath path, int from, Consumer<Object> leaf) {
        if (from == path.size()) {
            leaf(buf, at, leaf);
            return;
        }
        byte tag = buf[at];
        if (tag == DocumentEncoding.MAP) {
            DocumentEncoding.Reader r = new DocumentEncoding.Reader(buf, at + 5);
            int size = (int) r.varint();
            for (int i = 0; i < size; i++) {
                int to = matchingSplit(r, path, from);
                int valueAt = r.at;
                int valueEnd = skip(buf, valueAt);
                if (to > 0) {
                    collect(buf, valueAt, path, to, leaf);
                }
                r.at = valueEnd;
            }
        } else if (tag == DocumentEncoding.LIST) {
            DocumentEncoding.Reader r = new DocumentEncoding.Reader(buf, at + 5);
            int size = (int) r.varint();
            int element = r.at;
            for (int i = 0; i < size; i++) {
                int next = skip(buf, element);
                collect(buf, element, path, from, leaf);
                element = next;
            }
        }
    }

    /** A value at the end of the path: arrays flattened, nulls dropped, anything else built whole. */
    private static void leaf(byte[] buf, int at, Consumer<Object> leaf) {
        byte tag = buf[at];
        if (tag == DocumentEncoding.NULL) {
            return;
        }
        if (tag == DocumentEncoding.LIST) {
            DocumentEncoding.Reader r = new DocumentEncoding.Reader(buf, at + 5);
            int size = (int) r.varint();
            int element = r.at;
            for (int i = 0; i < size; i++) {
                int next = skip(buf, element);
                leaf(buf, element, leaf);
                element = next;
            }
            return;
        }
        leaf.accept(new DocumentEncoding.Reader(buf, at).value());
    }

    /**
     * Reads the key at the reader's position and returns the end segment {@code to} such that the
     * key is segments {@code from..to-1} joined by dots, or -1. Splits have distinct lengths, so at
     * most one can be equal; a key of another length is skipped without reading it.
     */
    private static int matchingSplit(DocumentEncoding.Reader r, FieldPath path, int from) {
        long header = r.varint();
        int chars = (int) (header >>> 1);
        boolean ascii = (header & 1) == 0;
        int bytes = ascii ? chars : (int) r.varint();
        int to = -1;
        for (int t = from + 1; t <= path.size(); t++) {
            if (path.joined(from, t).length() == chars) {
                to = t;
                break;
            }
        }
        int at = r.at;
        r.at = at + bytes;
        if (to < 0) {
            return -1;
        }
        String want = path.joined(from, to);
        byte[] buf = r.buf;
        if (ascii) {
            for (int i = 0; i < chars; i++) {
                if (buf[at + i] != want.charAt(i)) {
                    return -1;
                }
            }
            return to;
        }
        for (int i = 0; i < chars; i++) {
            int b = buf[at] & 0xFF;
            char c;
            if (b < 0x80) {
                c = (char) b;
                at += 1;
            } else if (b < 0xE0) {
                c = (char) (((b & 0x1F) << 6) | (buf[at + 1] & 0x3F));
                at += 2;
            } else {
                c = (char) (((b & 0x0F) << 12) | ((buf[at + 1] & 0x3F) << 6) | (buf[at + 2] & 0x3F));
                at += 3;
            }
            if (c != want.charAt(i)) {
                return -1;
            }
        }
        return to;
    }

    /** The position after the value at {@code at}. */
    static int skip(byte[] buf, int at) {
        byte tag = buf[at];
        switch (tag) {
            case DocumentEncoding.NULL:
            case DocumentEncoding.TRUE:
            case DocumentEncoding.FALSE:
                return at + 1;
            case DocumentEncoding.LONG:
            case DocumentEncoding.INTEGER: {
                int p = at + 1;
                while (buf[p] < 0) {
                    p++;
                }
                return p + 1;
            }
            case DocumentEncoding.DOUBLE:
            case DocumentEncoding.FLOAT:
                return at + 9;
            case DocumentEncoding.MAP:
            case DocumentEncoding.LIST:
                return at + 5 + ((buf[at + 1] & 0xFF) | (buf[at + 2] & 0xFF) << 8 | (buf[at + 3] & 0xFF) << 16 | (buf[at + 4] & 0xFF) << 24);
            default: {
                // STRING, BIG_INTEGER, BIG_DECIMAL: the header says the byte count (see DocumentEncoding)
                DocumentEncoding.Reader r = new DocumentEncoding.Reader(buf, at + 1);
                long header = r.varint();
                int bytes = (header & 1) == 0 ? (int) (header >>> 1) : (int) r.varint();
                return r.at + bytes;
            }
        }
    }
}
