package io.regionwatch.ingest;

/** A record or file that is deliberately not an event (CloudTrail digest or insight files). */
public record Skip(String source, long index, String reason) {
}
