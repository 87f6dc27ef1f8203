package io.regionwatch.cli.sink;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON a webhook receives for one alert: Slack's {@code {"text": …}} (also accepted by Teams
 * workflow and most chat incoming webhooks), a Teams MessageCard, or the whole alert document.
 */
public enum WebhookFormat {
    SLACK, TEAMS, ALERT;

    /** The request body for one alert document. */
    public Object body(Map<String, Object> alert) {
        AlertView v = AlertView.of(alert);
        return switch (this) {
            case SLACK -> Map.of("text", summary(v));
            case TEAMS -> teamsCard(v);
            case ALERT -> alert;
        };
    }

    static String summary(AlertView v) {
        StringBuilder text = new StringBuilder();
        text.append('[').append(v.severity()).append("] ").append(plain(v.ruleName())).append('\n');
        text.append(plain(v.reason()));
        List<String> steps = v.firstSteps();
        if (!steps.isEmpty()) {
            text.append("\nFirst step: ").append(plain(steps.get(0)));
        }
        text.append("\nalert ").append(v.uuid());
        return text.toString();
    }

    private static Map<String, Object> teamsCard(AlertView v) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("@type", "MessageCard");
        card.put("@context", "https://schema.org/extensions");
        card.put("summary", plain(v.ruleName()));
        card.put("themeColor", v.severity().equals("high") || v.severity().equals("critical") ? "D13438" : "F2C744");
        card.put("title", "[" + v.severity() + "] " + plain(v.ruleName()));
        card.put("text", plain(v.reason()));
        return card;
    }

    /**
     * Log text with Slack's and Teams' markup characters neutralized, so an attacker-chosen user name
     * cannot mention {@code @channel}, forge links or hide text: {@code & < >} are entity-escaped as
     * Slack requires, and markdown emphasis and link characters are dropped to their look-alikes.
     */
    static String plain(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("[", "(").replace("]", ")").replace("*", "∗").replace("`", "'");
    }
}
