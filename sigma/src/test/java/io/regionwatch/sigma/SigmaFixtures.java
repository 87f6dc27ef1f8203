package io.regionwatch.sigma;

/** Sigma rule texts the correlation tests build on. */
public final class SigmaFixtures {
    /** The base rule correlations refer to as {@code run_instances}, then a document separator. */
    public static final String RUN_INSTANCES = """
            title: Run instances
            name: run_instances
            logsource: {product: aws, service: cloudtrail}
            detection:
              selection: {eventName: RunInstances}
              condition: selection
            ---
            """;

    private SigmaFixtures() {
    }
}
