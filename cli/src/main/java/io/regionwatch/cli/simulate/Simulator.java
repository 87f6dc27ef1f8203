package io.regionwatch.cli.simulate;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes a deterministic set of cloud audit logs (AWS CloudTrail S3 objects, Azure Log Analytics
 * and storage-account exports, GCP sink files) with the T1535 Atomic tests planted in benign
 * traffic, and returns a manifest of what it planted where.
 */
public final class Simulator {

    /** Length of the simulated window: two hours of traffic from the start instant. */
    static final int SPAN_SECONDS = 2 * 60 * 60;
    private static final List<String> TOP_LEVEL_DIRS = List.of("aws", "azure", "gcp");

    private final SimulationOptions options;

    public Simulator(SimulationOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Writes the logs under {@code outDir}, which must not already hold {@code aws/},
     * {@code azure/} or {@code gcp/}: files of an earlier run would mix with this one.
     */
    public SimulationManifest writeTo(Path outDir) throws IOException {
        refuseEarlierRun(outDir);
        Instant start = options.start();
        Rand rand = new Rand(options.seed());
        AwsOrg org = new AwsOrg(rand, start);
        AzureTenant tenant = new AzureTenant(rand);
        Planted planted = new AtomicTests(rand, org, tenant, start).plant();
        int total = options.backgroundEvents();
        int aws = total * 70 / 100;
        int azure = total * 25 / 100;
        OutputTree out = new OutputTree(outDir);
        Map<String, String> fileById = new TreeMap<>(writeAws(rand, org, planted, aws, out));
        fileById.putAll(writeAzure(rand, tenant, planted, azure, out));
        new GcpAuditWriter(rand).write(out, start, SPAN_SECONDS, total - aws - azure);
        List<PlantedEvent> located = new ArrayList<>();
        planted.events.forEach(p -> located.add(p.inFile(fileById.get(p.id()))));
        return new SimulationManifest(out.written(), located);
    }

    private static void refuseEarlierRun(Path outDir) throws FileAlreadyExistsException {
        for (String dir : TOP_LEVEL_DIRS) {
            if (Files.exists(outDir.resolve(dir))) {
                throw new FileAlreadyExistsException(outDir.resolve(dir).toString(), null,
                        "output folder already holds simulated logs; remove "
                                + String.join(", ", TOP_LEVEL_DIRS) + " first");
            }
        }
    }

    private Map<String, String> writeAws(Rand rand, AwsOrg org, Planted planted, int count, OutputTree out)
            throws IOException {
        List<CloudTrailEvent> events = new ArrayList<>(
                new AwsBackground(rand, org, options.start(), SPAN_SECONDS).generate(count));
        events.addAll(planted.aws);
        CloudTrailWriter writer = new CloudTrailWriter(rand, out);
        Map<String, String> files = writer.write(events);
        writer.writeDigest(options.start());
        return files;
    }

    /** Production goes to Log Analytics (with the planted rows), development to a storage account. */
    private Map<String, String> writeAzure(Rand rand, AzureTenant tenant, Planted planted, int count,
            OutputTree out) throws IOException {
        List<AzureEvent> production = new ArrayList<>();
        List<AzureEvent> development = new ArrayList<>();
        new AzureBackground(rand, tenant, options.start(), SPAN_SECONDS).generate(count, production, development);
        production.addAll(planted.azure);
        String laPath = "azure/log-analytics/AzureActivity_" + AzureExport.stamp(options.start()) + ".json";
        out.writeText(laPath, AzureActivityWriter.render(AzureBackground.sorted(production)));
        Map<Instant, List<AzureEvent>> byHour = new TreeMap<>();
        for (AzureEvent e : AzureBackground.sorted(development)) {
            byHour.computeIfAbsent(e.time().truncatedTo(ChronoUnit.HOURS), k -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<Instant, List<AzureEvent>> hour : byHour.entrySet()) {
            out.writeText("azure/" + AzureStorageExportWriter.blobPath(AzureTenant.DEV_SUB, hour.getKey()),
                    AzureStorageExportWriter.render(hour.getValue()));
        }
        Map<String, String> files = new TreeMap<>();
        production.forEach(e -> files.put(e.eventDataId(), laPath));
        return files;
    }
}
