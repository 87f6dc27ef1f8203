package io.regionwatch.cli.sink;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A custom webhook body: a JSON text whose {@code {{field.path}}} placeholders, written inside JSON
 * strings, are replaced by the alert's values escaped for a JSON string, so a hostile value cannot
 * break out of its string. The template is checked once, when loaded, with empty values.
 */
public final class WebhookTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_@.]+)\\s*}}");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final String template;

    private WebhookTemplate(String template) {
        this.template = template;
    }

    /** The template, or an IllegalArgumentException saying why it would not make valid JSON. */
    public static WebhookTemplate parse(String template) {
        WebhookTemplate t = new WebhookTemplate(template);
        try {
            JSON.readTree(t.render(Map.of()));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("webhook template is not JSON once its placeholders are filled: "
                    + e.getOriginalMessage(), e);
        }
        return t;
    }

    /** The body for one alert document; a missing field becomes an empty string. */
    public String render(Map<String, Object> alert) {
        Event doc = new Event(alert, Origin.UNKNOWN);
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = doc.get(m.group(1));
            String text = value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                    : value == null ? "" : String.valueOf(value);
            m.appendReplacement(out, Matcher.quoteReplacement(jsonStringContent(text)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code text} as it must appear between the quotes of a JSON string. */
    static String jsonStringContent(String text) {
        String quoted = JSON.writeValueAsString(text);
        return quoted.substring(1, quoted.length() - 1).replace("<", "\\u003c").replace(">", "\\u003e");
    }
}
