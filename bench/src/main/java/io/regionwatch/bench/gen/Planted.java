package io.regionwatch.bench.gen;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The attacks planted in every workload, each in its own S3 object as CloudTrail writes an unused
 * region's activity, and the alerts the bundled rule pack must raise for them: nothing more, nothing less.
 */
final class Planted {
    static final String SEED = "6a0e0f53-5e43-4a0b-9d1c-3f7b2c8d9e41";
    static final String EXTENDED = "8c7fad2d-0084-4d5d-bc58-20e36da4fecc";
    static final String SEQUENCE = "6772d266-c9d4-41bb-8099-c4fbb39e289a";
    static final String GUARDRAIL = "774fbd33-8618-4dfc-82a7-640282dfa219";
    static final String THRESHOLD = "c7f7dfe9-d2c7-43ed-b5a3-d80ed1e76475";
    static final List<String> RECON_REGIONS = List.of("us-east-1", "us-west-2", "eu-west-1", "eu-central-1",
            "ap-south-1", "ap-northeast-1", "sa-east-1", "ca-central-1", "eu-north-1");

    /** One planted record and where it goes. */
    record Event(String account, String region, Instant time, String json) {
    }

    private final List<Event> events = new ArrayList<>();
    private final List<String> expected = new ArrayList<>();

    Planted(Instant start) {
        Instant t0 = start.plus(Duration.ofHours(36));
        Principal builder = new Principal(Org.ACCOUNTS.get(0), "IAMUser", "build-agent-7", Org.CLI, List.of());
        String p1 = add(builder, new Action("ec2.amazonaws.com", "RunInstances", false,
                Action.BACKGROUND.get(11).request(), Action.BACKGROUND.get(11).response(), 0), "ap-southeast-1", t0, 1);
        String p2 = add(builder, new Action("iam.amazonaws.com", "CreateAccessKey", false, "{\"userName\":\"build-agent-7\"}",
                "{\"accessKey\":{\"userName\":\"build-agent-7\",\"accessKeyId\":\"AKIAPLANTED0000000002\",\"status\":\"Active\",\"createDate\":\"Nov 3, 2026, 12:10:00 PM\"}}", 0),
                "us-east-1", t0.plus(Duration.ofMinutes(10)), 2);
        Principal intern = new Principal(Org.ACCOUNTS.get(1), "IAMUser", "s.kowalski", Org.BOTO, List.of());
        String p3 = add(intern, Action.BACKGROUND.get(13), "sa-east-1", t0.plus(Duration.ofHours(2)), 3);
        Principal breakGlass = new Principal(Org.ACCOUNTS.get(2), "AssumedRole", "ops-breakglass", Org.CLI, List.of());
        String p4 = add(breakGlass, new Action("cloudtrail.amazonaws.com", "StopLogging", false,
                "{\"name\":\"arn:aws:cloudtrail:us-east-1:" + Org.ACCOUNTS.get(2) + ":trail/org-trail\"}", null, 0),
                "us-east-1", t0.plus(Duration.ofHours(3)), 4);
        expect(SEED, "alert", p1);
        expect(EXTENDED, "alert", p1);
        expect(SEED, "alert", p3);
        expect(EXTENDED, "alert", p3);
        expect(SEQUENCE, "alert", p1 + "," + p2);
        expect(SEQUENCE, "bb", p1);
        expect(SEQUENCE, "bb", p2);
        expect(GUARDRAIL, "alert", p4);
        recon(t0.plus(Duration.ofHours(4)));
        expect(SEED, "alert", Azure.PLANTED_ANCESTOR);
        expect(EXTENDED, "alert", Azure.PLANTED_ANCESTOR);
    }

    /** One principal calling the same API in nine regions: the threshold rule alerts on the eighth. */
    private void recon(Instant at) {
        Principal probe = new Principal(Org.ACCOUNTS.get(1), "IAMUser", "inventory-probe", Org.CLI, List.of());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < RECON_REGIONS.size(); i++) {
            ids.add(add(probe, Action.BACKGROUND.get(0), RECON_REGIONS.get(i), at.plusSeconds(30L * i), 10 + i));
        }
        expect(THRESHOLD, "alert", String.join(",", ids.subList(0, 8)));
    }

    private String add(Principal who, Action what, String region, Instant time, int n) {
        String id = String.format("b0000000-0000-4000-8000-%012d", n);
        StringBuilder b = new StringBuilder();
        CloudTrailRecord.render(b, who, what, region, time, id, null);
        events.add(new Event(who.account(), region, time, b.toString()));
        return "aws.cloudtrail:" + id;
    }

    private void expect(String rule, String kind, String ancestors) {
        expected.add(rule + " " + kind + " " + ancestors);
    }

    List<Event> events() {
        return events;
    }

    /** Lines {@code rule-id kind ancestors}, sorted, as {@code VerifyAlerts} computes them from the alerts. */
    List<String> expected() {
        return expected.stream().sorted().toList();
    }
}
