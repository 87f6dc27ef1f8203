package io.regionwatch.core.rule;

import java.util.Locale;

/** Elastic's four alert severities, with the risk-score band each one pairs with. */
public enum Severity {
    LOW(0, 21), MEDIUM(22, 47), HIGH(48, 73), CRITICAL(74, 100);

    private final int minRisk;
    private final int maxRisk;

    Severity(int minRisk, int maxRisk) {
        this.minRisk = minRisk;
        this.maxRisk = maxRisk;
    }

    public boolean fitsRiskScore(int riskScore) {
        return riskScore >= minRisk && riskScore <= maxRisk;
    }

    /** Parses {@code low|medium|high|critical}, any case; null when unknown. */
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.name().equalsIgnoreCase(text)) {
                return s;
            }
        }
        return null;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
