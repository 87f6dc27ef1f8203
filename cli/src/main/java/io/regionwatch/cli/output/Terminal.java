package io.regionwatch.cli.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the terminal can do: whether a stream is a TTY (so progress and colour are shown) and how to
 * print attacker-controlled text without letting escape sequences through.
 */
public final class Terminal {
    private static final String RESET = "\u001b[0m";

    private Terminal() {
    }

    /**
     * Whether file descriptor {@code fd} (1 stdout, 2 stderr) is a terminal. Java 17 cannot ask for
     * one descriptor, so on Linux we read where {@code /proc/self/fd/N} points; elsewhere we fall back
     * to {@link System#console()}. {@code NO_COLOR} and {@code TERM=dumb} turn it off.
     */
    public static boolean isTty(int fd) {
        if (System.getenv("NO_COLOR") != null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** {@code text} in ANSI colour {@code code} when {@code colour} is on, else unchanged. */
    public static String paint(String text, String code, boolean colour) {
        return colour ? "\u001b[" + code + "m" + text + RESET : text;
    }

    /** Replaces control characters (ESC, CR, BEL…) with '?', so log text cannot drive the terminal. */
    public static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) || isBidiControl(cp) ? '?' : cp));
        return out.toString();
    }

    private static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }
}
