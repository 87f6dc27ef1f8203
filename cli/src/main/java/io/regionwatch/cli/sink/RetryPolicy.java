package io.regionwatch.cli.sink;

import java.time.Duration;

/**
 * How network sinks retry: a bounded number of attempts with exponential back-off, so a slow or
 * overloaded server slows the scan down (back-pressure) instead of losing alerts or spinning.
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(5));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** The pause before attempt {@code attempt} (2, 3, …): doubling from the initial delay, capped. */
    public Duration delayBefore(int attempt) {
        long millis = initialDelay.toMillis() << Math.min(attempt - 2, 20);
        return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
    }

    /** Whether an HTTP status means "try again later" rather than "this request is wrong". */
    public static boolean retryable(int status) {
        return status == 408 || status == 429 || status == 502 || status == 503 || status == 504 || status == 500;
    }

    static void pause(Duration delay) throws java.io.InterruptedIOException {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting to retry");
        }
    }
}
