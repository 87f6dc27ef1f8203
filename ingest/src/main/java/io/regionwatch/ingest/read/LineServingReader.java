package io.regionwatch.ingest.read;

import java.io.IOException;
import java.io.Reader;

/**
 * A Reader that never hands out more than one line per {@code read} call and remembers the lines
 * served since the current top-level value began. Because the parser only asks for more input when
 * its buffer is empty, a parse error always lies in the last line served; the remembered lines then
 * let a fresh parser restart on the line after the broken record (NDJSON recovery) without
 * re-reading the input.
 */
final class LineServingReader extends Reader {
    private final Reader in;
    private final char[] buf = new char[64 * 1024];
    private int pos;
    private int end;
    private boolean eof;
    private final StringBuilder replay = new StringBuilder();
    private int replayPos;
    /** Served chars since the current top-level value began: a plain array, copied into without per-char checks. */
    private char[] history = new char[8192];
    private int historyLength;
    private final int historyCap;
    private long historyLine = 1;
    private boolean historyValid = true;
    private boolean restartHistoryAtNextLine;
    private long nextLine = 1;
    private boolean atLineStart = true;

    LineServingReader(Reader in, int historyCap) {
        this.in = in;
        this.historyCap = historyCap;
    }

    /** The absolute 1-based line of the next char to be served. */
    long nextLine() {
        return nextLine;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n;
        if (replayPos < replay.length()) {
            n = lineChunk(replay, replayPos, len);
            replay.getChars(replayPos, replayPos + n, cbuf, off);
            replayPos += n;
            if (replayPos == replay.length()) {
                replay.setLength(0);
                replayPos = 0;
            }
        } else {
            if (pos == end && !fill()) {
                return -1;
            }
            n = lineChunk(buf, pos, Math.min(len, end - pos));
            System.arraycopy(buf, pos, cbuf, off, n);
            pos += n;
        }
        served(cbuf, off, n);
        return n;
    }

    private boolean fill() throws IOException {
        while (!eof) {
            int n = in.read(buf, 0, buf.length);
            if (n < 0) {
                eof = true;
            } else if (n > 0) {
                pos = 0;
                end = n;
                if (nextLine == 1 && atLineStart && historyLength == 0 && buf[0] == '\uFEFF') {
                    pos = 1; // a UTF-8 byte-order mark is not JSON; Azure storage blobs sometimes carry one
                    if (end == 1) {
                        continue;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static int lineChunk(char[] src, int from, int max) {
        for (int i = 0; i < max; i++) {
            if (src[from + i] == '\n') {
                return i + 1;
            }
        }
        return max;
    }

    private static int lineChunk(CharSequence src, int from, int max) {
        int limit = Math.min(max, src.length() - from);
        for (int i = 0; i < limit; i++) {
            if (src.charAt(from + i) == '\n') {
                return i + 1;
            }
        }
        return limit;
    }

    private void served(char[] chunk, int off, int n) {
        if (restartHistoryAtNextLine && atLineStart) {
            historyLength = 0;
            historyLine = nextLine;
            historyValid = true;
            restartHistoryAtNextLine = false;
        }
        if (historyValid) {
            if (historyLength + n > historyCap) {
                historyValid = false;
                historyLength = 0;
            } else {
                if (historyLength + n > history.length) {
                    history = java.util.Arrays.copyOf(history, Math.min(historyCap, Math.max(historyLength + n, history.length * 2)));
                }
                System.arraycopy(chunk, off, history, historyLength, n);
                historyLength += n;
            }
        }
        atLineStart = chunk[off + n - 1] == '\n';
        if (atLineStart) {
            nextLine++;
        }
    }

    /** Forgets remembered lines before {@code line}, where a new top-level value starts. */
    void keepFrom(long line) {
        if (!historyValid) {
            restartHistoryAtNextLine = true;
            return;
        }
        int offset = offsetOf(line);
        if (offset <= 0) {
            return;
        }
        System.arraycopy(history, offset, history, 0, historyLength - offset);
        historyLength -= offset;
        historyLine = line;
    }

    boolean canReplayFrom(long line) {
        return historyValid && line >= historyLine && offsetOf(line) >= 0;
    }

    /** Serves again, from the start of {@code line}, everything served since; call canReplayFrom first. */
    void replayFrom(long line) {
        int from = offsetOf(line);
        String again = new String(history, from, historyLength - from) + replay.substring(replayPos);
        replay.setLength(0);
        replay.append(again);
        replayPos = 0;
        historyLength = 0;
        historyLine = line;
        nextLine = line;
        atLineStart = true;
    }

    /**
     * Discards input up to the start of {@code line}, which was not served yet: recovery after a line
     * too long to remember (or cut by a parser limit) goes on with the next line instead of giving up.
     *
     * @return false when the input ends first
     */
    boolean skipTo(long line) throws IOException {
        char[] scratch = new char[8192];
        while (nextLine < line) {
            if (read(scratch, 0, scratch.length) < 0) {
                return false;
            }
        }
        historyLength = 0;
        historyLine = line;
        historyValid = true;
        restartHistoryAtNextLine = false;
        return true;
    }

    /** The remembered text of {@code line} (without its newline), or "" when it is not remembered. */
    String lineText(long line) {
        int start = historyValid ? offsetOf(line) : -1;
        if (start < 0) {
            return "";
        }
        int stop = indexOfNewline(start);
        return new String(history, start, (stop < 0 ? historyLength : stop) - start);
    }

    private int offsetOf(long line) {
        if (line < historyLine) {
            return -1;
        }
        int offset = 0;
        for (long l = historyLine; l < line; l++) {
            int nl = indexOfNewline(offset);
            if (nl < 0) {
                return -1;
            }
            offset = nl + 1;
        }
        return offset;
    }

    private int indexOfNewline(int from) {
        for (int i = from; i < historyLength; i++) {
            if (history[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
