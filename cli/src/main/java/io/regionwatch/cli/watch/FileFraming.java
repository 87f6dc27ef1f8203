package io.regionwatch.cli.watch;

/**
 * Decides how a file may be read while it is still being written: JSON lines can be read up to the
 * last complete line and again as they grow; a gzip object or a multi-line JSON document (a
 * CloudTrail S3 object, an export) only whole, once its size has settled.
 */
enum FileFraming {
    LINES, WHOLE;

    /** Decides from the first bytes; null when there is not yet enough to tell. */
    static FileFraming sniff(byte[] head, int length, boolean settled) {
        if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return WHOLE;
        }
        int newline = indexOf(head, length, (byte) '\n');
        if (newline < 0) {
            return settled ? WHOLE : null;
        }
        return balanced(head, newline) ? LINES : WHOLE;
    }

    /** True when bytes [0, end) hold complete JSON values: brackets close outside strings. */
    static boolean balanced(byte[] bytes, int end) {
        int depth = 0;
        boolean inString = false;
        boolean any = false;
        for (int i = 0; i < end; i++) {
            byte b = bytes[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
                any = true;
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
        return any && depth == 0 && !inString;
    }

    static int indexOf(byte[] bytes, int length, byte wanted) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    static int lastIndexOf(byte[] bytes, int length, byte wanted) {
        for (int i = length - 1; i >= 0; i--) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
