package io.regionwatch.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A size on the command line: a number of bytes with an optional k, m or g suffix (powers of 1024). */
final class ByteSize implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        return parse(value);
    }

    static long parse(String value) {
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (v.endsWith("b")) {
            v = v.substring(0, v.length() - 1);
        }
        int shift = 0;
        if (!v.isEmpty()) {
            switch (v.charAt(v.length() - 1)) {
                case 'k':
                    shift = 10;
                    break;
                case 'm':
                    shift = 20;
                    break;
                case 'g':
                    shift = 30;
                    break;
                default:
                    break;
            }
        }
        String digits = shift == 0 ? v : v.substring(0, v.length() - 1);
        long n;
        try {
            n = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a size (bytes, or a number with k, m or g)");
        }
        if (n <= 0 || n > (Long.MAX_VALUE >> shift)) {
            throw new TypeConversionException("'" + value + "' must be a positive size");
        }
        return n << shift;
    }
}
