package io.regionwatch.core.event;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact, lossless binary form of an ECS document, for events held while a scan puts them in
 * time order (in memory and in spill files). A document of nested maps costs several times its
 * JSON size on the heap; its encoding costs about its JSON size, and decoding it back is cheaper
 * than reading the JSON again. Every value type a document may hold keeps its type (a {@code Long}
 * stays a {@code Long}), map order is kept, and strings are written as modified UTF-8, so an
 * unpaired surrogate from a hostile record survives the round trip (standard UTF-8 would replace it).
 */
public final class DocumentEncoding {
    static final byte NULL = 0;
    static final byte STRING = 1;
    static final byte LONG = 2;
    static final byte DOUBLE = 3;
    static final byte TRUE = 4;
    static final byte FALSE = 5;
    static final byte MAP = 6;
    static final byte LIST = 7;
    static final byte INTEGER = 8;
    static final byte BIG_INTEGER = 9;
    static final byte BIG_DECIMAL = 10;
    static final byte FLOAT = 11;

    private DocumentEncoding() {
    }

    public static byte[] encode(Map<String, Object> document) {
        Writer out = new Writer();
        out.value(document);
        return out.bytes();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> decode(byte[] bytes) {
        Reader in = new Reader(bytes);
        Object value = in.value();
        if (!(value instanceof Map<?, ?>) || in.at != bytes.length) {
            throw new IllegalArgumentException("not an encoded document");
        }
        return (Map<String, Object>) value;
    }

    private static final class Writer {
        private byte[] buf = new byte[2048];
        private int n;

        byte[] bytes() {
            return Arrays.copyOf(buf, n);
        }

        private void ensure(int more) {
            if (n + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
            }
        }

        private void tag(byte t) {
            ensure(1);
            buf[n++] = t;
        }

        private void varint(long v) {
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                buf[n++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[n++] = (byte) v;
        }

        private void fixed64(long v) {
            ensure(8);
            for (int i = 0; i < 8; i++) {
                buf[n++] = (byte) (v >>> (8 * i));
            }
        }

        void value(Object v) {
            if (v == null) {
                tag(NULL);
            } else if (v instanceof String s) {
                tag(STRING);
                string(s);
            } else if (v instanceof Long l) {
                tag(LONG);
                varint((l << 1) ^ (l >> 63));
            } else if (v instanceof Double d) {
                tag(DOUBLE);
                fixed64(Double.doubleToRawLongBits(d));
            } else if (v instanceof Boolean b) {
                tag(b ? TRUE : FALSE);
            } else if (v instanceof Map<?, ?> map) {
                tag(MAP);
                int lengthAt = reserveLength();
                varint(map.size());
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    string((String) e.getKey());
                    value(e.getValue());
                }
                patchLength(lengthAt);
            } else if (v instanceof List<?> list) {
                tag(LIST);
                int lengthAt = reserveLength();
                varint(list.size());
                for (Object element : list) {
                    value(element);
                }
                patchLength(lengthAt);
            } else if (v instanceof Integer i) {
                tag(INTEGER);
                varint((i << 1) ^ (i >> 31));
            } else if (v instanceof BigInteger big) {
                tag(BIG_INTEGER);
                string(big.toString());
            } else if (v instanceof BigDecimal dec) {
                tag(BIG_DECIMAL);
                string(dec.toString());
            } else if (v instanceof Float f) {
                tag(FLOAT);
                fixed64(Float.floatToRawIntBits(f));
            } else {
                throw new IllegalArgumentException("a document cannot hold a " + v.getClass().getName());
            }
        }

        /** Four bytes for the byte length of a container's body, so a reader can skip it whole. */
        private int reserveLength() {
            ensure(4);
            n += 4;
            return n - 4;
        }

        private void patchLength(int at) {
            int length = n - at - 4;
            for (int i = 0; i < 4; i++) {
                buf[at + i] = (byte) (length >>> (8 * i));
            }
        }

        /**
         * A header, then modified UTF-8 (1 byte for ASCII except NUL, 2 or 3 bytes otherwise). The
         * header is the char count shifted left once, its low bit set when the text is not all
         * ASCII; then the byte count follows. A reader skips a string or compares a key without
         * decoding it.
         */
        private void string(String s) {
            int length = s.length();
            int start = n;
            // one pass for the common all-ASCII text; on the first other char, start again the long way
            varint((long) length << 1);
            ensure(length);
            for (int i = 0; i < length; i++) {
                char c = s.charAt(i);
                if (c == 0 || c >= 0x80) {
                    n = start;
                    nonAscii(s);
                    return;
                }
                buf[n++] = (byte) c;
            }
        }

        private void nonAscii(String s) {
            int length = s.length();
            int bytes = 0;
            for (int i = 0; i < length; i++) {
                char c = s.charAt(i);
                bytes += c >= 1 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            }
            varint(((long) length << 1) | 1);
            varint(bytes);
            ensure(bytes);
            for (int i = 0; i < length; i++) {
                char c = s.charAt(i);
                if (c >= 1 && c < 0x80) {
                    buf[n++] = (byte) c;
                } else if (c < 0x800) {
                    buf[n++] = (byte) (0xC0 | (c >> 6));
                    buf[n++] = (byte) (0x80 | (c & 0x3F));
                } else {
                    buf[n++] = (byte) (0xE0 | (c >> 12));
                    buf[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    buf[n++] = (byte) (0x80 | (c & 0x3F));
                }
            }
        }
    }

    /** Reads values from an encoding; {@link EncodedLookup} moves {@code at} itself to skip what it need not build. */
    static final class Reader {
        final byte[] buf;
        int at;

        Reader(byte[] buf) {
            this.buf = buf;
        }

        Reader(byte[] buf, int at) {
            this.buf = buf;
            this.at = at;
        }

        long varint() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte b = buf[at++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
            }
            throw new IllegalArgumentException("varint too long");
        }

        private long fixed64() {
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v |= (buf[at++] & 0xFFL) << (8 * i);
            }
            return v;
        }

        Object value() {
            byte tag = buf[at++];
            switch (tag) {
                case NULL:
                    return null;
                case STRING:
                    return string();
                case LONG: {
                    long z = varint();
                    return (z >>> 1) ^ -(z & 1);
                }
                case DOUBLE:
                    return Double.longBitsToDouble(fixed64());
                case TRUE:
                    return Boolean.TRUE;
                case FALSE:
                    return Boolean.FALSE;
                case MAP: {
                    at += 4; // the body's byte length, for readers that skip
                    int size = (int) varint();
                    Map<String, Object> map = new LinkedHashMap<>(Math.max(4, (int) (size / 0.75f) + 1));
                    for (int i = 0; i < size; i++) {
                        String key = string();
                        map.put(key, value());
                    }
                    return map;
                }
                case LIST: {
                    at += 4;
                    int size = (int) varint();
                    List<Object> list = new ArrayList<>(size);
                    for (int i = 0; i < size; i++) {
                        list.add(value());
                    }
                    return list;
                }
                case INTEGER: {
                    int z = (int) varint();
                    return (z >>> 1) ^ -(z & 1);
                }
                case BIG_INTEGER:
                    return new BigInteger(string());
                case BIG_DECIMAL:
                    return new BigDecimal(string());
                case FLOAT:
                    return Float.intBitsToFloat((int) fixed64());
                default:
                    throw new IllegalArgumentException("unknown tag " + tag + " at byte " + (at - 1));
            }
        }

        String string() {
            long header = varint();
            int length = (int) (header >>> 1);
            if ((header & 1) == 0) {
                at += length;
                return new String(buf, at - length, length, StandardCharsets.ISO_8859_1);
            }
            varint(); // the byte count, for readers that skip
            char[] chars = new char[length];
            for (int i = 0; i < length; i++) {
                int b = buf[at++] & 0xFF;
                if (b < 0x80) {
                    chars[i] = (char) b;
                } else if (b < 0xE0) {
                    chars[i] = (char) (((b & 0x1F) << 6) | (buf[at++] & 0x3F));
                } else {
                    chars[i] = (char) (((b & 0x0F) << 12) | ((buf[at++] & 0x3F) << 6) | (buf[at++] & 0x3F));
                }
            }
            return new String(chars);
        }
    }
}
