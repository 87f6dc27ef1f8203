package io.regionwatch.cli.simulate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Delivers CloudTrail records as a trail does into S3: one gzipped {@code {"Records":[...]}}
 * object per region and 5-minute window, named after the window's end, plus an hourly digest
 * for the home region that lists the log files it covers.
 */
final class CloudTrailWriter {

    static final String PREFIX = "aws/AWSLogs/" + AwsOrg.ACCOUNT + "/";
    private static final Duration WINDOW = Duration.ofMinutes(5);
    private static final DateTimeFormatter FILE_MINUTE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter FILE_SECOND =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_DIR =
            DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

    private final Rand rand;
    private final OutputTree out;
    private final Map<String, String> fileByEventId = new HashMap<>();
    private final List<ObjectNode> homeRegionFiles = new ArrayList<>();

    CloudTrailWriter(Rand rand, OutputTree out) {
        this.rand = rand;
        this.out = out;
    }

    /** Writes every record into its delivery file; returns eventID → file. */
    Map<String, String> write(List<CloudTrailEvent> events) throws IOException {
        Map<String, List<CloudTrailEvent>> byFile = new TreeMap<>();
        for (CloudTrailEvent e : events) {
            Instant end = windowEnd(e.time());
            byFile.computeIfAbsent(e.region() + "|" + end, k -> new ArrayList<>()).add(e);
        }
        for (List<CloudTrailEvent> batch : byFile.values()) {
            batch.sort(Comparator.comparing(CloudTrailEvent::time));
            writeBatch(batch);
        }
        return Map.copyOf(fileByEventId);
    }

    private void writeBatch(List<CloudTrailEvent> batch) throws IOException {
        CloudTrailEvent first = batch.get(0);
        String region = first.region();
        Instant end = windowEnd(first.time());
        String key = PREFIX + "CloudTrail/" + region + "/" + DAY_DIR.format(end) + "/" + AwsOrg.ACCOUNT
                + "_CloudTrail_" + region + "_" + FILE_MINUTE.format(end) + "_" + rand.alnum(16) + ".json.gz";
        ObjectNode body = Json.object();
        ArrayNode records = body.putArray("Records");
        batch.forEach(e -> records.add(e.record()));
        String json = Json.write(body);
        out.writeGzip(key, json);
        batch.forEach(e -> fileByEventId.put(e.eventId(), key));
        if (AwsOrg.HOME_REGION.equals(region)) {
            homeRegionFiles.add(logFileEntry(key, json, batch));
        }
    }

    private ObjectNode logFileEntry(String key, String json, List<CloudTrailEvent> batch) {
        ObjectNode f = Json.object();
        f.put("s3Bucket", AwsOrg.TRAIL_BUCKET);
        f.put("s3Object", key.substring("aws/".length()));
        f.put("hashValue", sha256(json));
        f.put("hashAlgorithm", "SHA-256");
        f.put("newestEventTime", batch.get(batch.size() - 1).time().toString());
        f.put("oldestEventTime", batch.get(0).time().toString());
        return f;
    }

    /**
     * Writes the home region's digest for the hour that starts at {@code hourStart}. Readers must
     * skip it: it has no Records, only pointers to the log files.
     */
    void writeDigest(Instant hourStart) throws IOException {
        Instant end = hourStart.plus(Duration.ofHours(1));
        String dir = PREFIX + "CloudTrail-Digest/" + AwsOrg.HOME_REGION + "/";
        String name = AwsOrg.ACCOUNT + "_CloudTrail-Digest_" + AwsOrg.HOME_REGION + "_" + AwsOrg.TRAIL + "_"
                + AwsOrg.HOME_REGION + "_";
        String key = dir + DAY_DIR.format(end) + "/" + name + FILE_SECOND.format(end) + ".json.gz";
        String previous = dir + DAY_DIR.format(hourStart) + "/" + name + FILE_SECOND.format(hourStart) + ".json.gz";
        List<ObjectNode> covered = homeRegionFiles.stream()
                .filter(f -> !Instant.parse(f.path("oldestEventTime").asString()).isBefore(hourStart)
                        && Instant.parse(f.path("newestEventTime").asString()).isBefore(end))
                .toList();
        ObjectNode d = Json.object();
        d.put("awsAccountId", AwsOrg.ACCOUNT);
        d.put("digestStartTime", hourStart.toString());
        d.put("digestEndTime", end.toString());
        d.put("digestS3Bucket", AwsOrg.TRAIL_BUCKET);
        d.put("digestS3Object", key.substring("aws/".length()));
        d.put("digestPublicKeyFingerprint", rand.hex(32));
        d.put("digestSignatureAlgorithm", "SHA256withRSA");
        d.put("newestEventTime", covered.isEmpty() ? null
                : covered.get(covered.size() - 1).path("newestEventTime").asString());
        d.put("oldestEventTime", covered.isEmpty() ? null : covered.get(0).path("oldestEventTime").asString());
        d.put("previousDigestS3Bucket", AwsOrg.TRAIL_BUCKET);
        d.put("previousDigestS3Object", previous.substring("aws/".length()));
        d.put("previousDigestHashValue", rand.hex(64));
        d.put("previousDigestHashAlgorithm", "SHA-256");
        d.put("previousDigestSignature", rand.hex(512));
        ArrayNode files = d.putArray("logFiles");
        covered.forEach(files::add);
        out.writeGzip(key, Json.write(d));
    }

    static Instant windowEnd(Instant t) {
        long window = WINDOW.getSeconds();
        return Instant.ofEpochSecond((t.getEpochSecond() / window + 1) * window);
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JRE", e);
        }
    }
}
