package io.regionwatch.cli.report;

/** The one piece of Markdown investigation guides use inline, {@code `code`}, rendered after escaping. */
final class Markdownish {
    private Markdownish() {
    }

    static String inline(String markdown) {
        String[] parts = markdown.split("`", -1);
        if (parts.length % 2 == 0) {
            return Html.esc(markdown);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            boolean code = i % 2 == 1;
            out.append(code ? "<code>" : "").append(Html.esc(parts[i])).append(code ? "</code>" : "");
        }
        return out.toString();
    }
}
