package io.regionwatch.kql.lex;

import io.regionwatch.core.diag.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns offsets into the query text into file positions. The query may be embedded in a larger
 * file (a TOML rule), so its first character sits at a given line and column; later lines of the
 * query start at column 1 of the following file lines.
 */
public final class SourceMap {
    private final String source;
    private final int firstLine;
    private final int firstColumn;
    private final List<Integer> lineStarts = new ArrayList<>();

    public SourceMap(String text, String source, int firstLine, int firstColumn) {
        this.source = source;
        this.firstLine = firstLine;
        this.firstColumn = firstColumn;
        lineStarts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
    }

    /** The span of text from {@code start} (inclusive) to {@code end} (exclusive). */
    public SourceSpan span(int start, int end) {
        int index = lineIndex(start);
        int column = start - lineStarts.get(index) + (index == 0 ? firstColumn : 1);
        return new SourceSpan(source, firstLine + index, column, Math.max(0, end - start));
    }

    private int lineIndex(int offset) {
        int low = 0;
        int high = lineStarts.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts.get(mid) <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
