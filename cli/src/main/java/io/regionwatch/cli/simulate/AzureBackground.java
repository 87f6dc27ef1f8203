package io.regionwatch.cli.simulate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Benign Azure Activity Log traffic: VM power actions, key listing, network rules, tags,
 * deployments and creations in approved regions, and authorisation failures. Every operation
 * writes a Started event before its outcome, as the Activity Log does.
 */
final class AzureBackground {

    private final Rand rand;
    private final AzureTenant tenant;
    private final Instant start;
    private final int spanSeconds;

    AzureBackground(Rand rand, AzureTenant tenant, Instant start, int spanSeconds) {
        this.rand = rand;
        this.tenant = tenant;
        this.start = start;
        this.spanSeconds = spanSeconds;
    }

    /** Generates about {@code count} events into the production and development subscriptions. */
    void generate(int count, List<AzureEvent> production, List<AzureEvent> development) {
        int written = 0;
        while (written < count) {
            boolean prod = rand.chance(0.55);
            String sub = prod ? AzureTenant.PROD_SUB : AzureTenant.DEV_SUB;
            List<AzureEvent> op = operation(sub, start.plusSeconds(rand.between(0, spanSeconds)));
            (prod ? production : development).addAll(op);
            written += op.size();
        }
    }

    private List<AzureEvent> operation(String sub, Instant t) {
        String region = rand.pick(AzureTenant.APPROVED);
        String group = rand.pick(List.of("rg-web-prod", "rg-data-platform", "rg-shared-network", "rg-ops-tools"));
        AzureCaller who = rand.chance(0.5) ? tenant.deployPipeline : rand.chance(0.5) ? tenant.admin : tenant.engineer;
        return switch (rand.between(0, 10)) {
            case 0, 1 -> vmAction(sub, group, who, region, "start", "Start Virtual Machine").events(t);
            case 2 -> vmAction(sub, group, who, region, "deallocate", "Deallocate Virtual Machine").events(t);
            case 3 -> listKeys(sub, group, who, region).events(t);
            case 4 -> securityRule(sub, group, who).events(t);
            case 5 -> tags(sub, group, who).events(t);
            case 6 -> deployment(sub, group, who).events(t);
            case 7 -> creation(sub, who, region).events(t);
            default -> denied(sub, group, region).events(t);
        };
    }

    private AzureOperation vmAction(String sub, String group, AzureCaller who, String region, String verb,
            String display) {
        String vm = "vm-" + rand.pick(List.of("web", "batch", "jump", "etl")) + "-0" + rand.between(1, 6);
        String id = AzureOperation.resourceId(sub, group, "Microsoft.Compute/virtualMachines/" + vm);
        return new AzureOperation(rand, "Microsoft.Compute/virtualMachines/" + verb + "/action", display, who,
                sub, group, id).method("POST").bodies(region, null, null).longRunning().ends("Succeeded", "OK");
    }

    private AzureOperation listKeys(String sub, String group, AzureCaller who, String region) {
        String id = AzureOperation.resourceId(sub, group, "Microsoft.Storage/storageAccounts/nwdata" + rand.hex(6));
        return new AzureOperation(rand, "Microsoft.Storage/storageAccounts/listKeys/action",
                "List Storage Account Keys", who, sub, group, id).method("POST").bodies(region, null, null);
    }

    private AzureOperation securityRule(String sub, String group, AzureCaller who) {
        int priority = rand.between(100, 400);
        String id = AzureOperation.resourceId(sub, group,
                "Microsoft.Network/networkSecurityGroups/nsg-app/securityRules/allow-office-" + priority);
        return new AzureOperation(rand, "Microsoft.Network/networkSecurityGroups/securityRules/write",
                "Create or Update Security Rule", who, sub, group, id)
                .bodies(null, AzureBodies.securityRule(priority, rand.pick(List.of("22", "443", "3389"))), null)
                .longRunning().ends("Succeeded", "Created");
    }

    private AzureOperation tags(String sub, String group, AzureCaller who) {
        String id = "/subscriptions/" + sub + "/resourceGroups/" + group
                + "/providers/Microsoft.Resources/tags/default";
        return new AzureOperation(rand, "Microsoft.Resources/tags/write", "Update resource tags", who, sub, group,
                id).bodies(null, AzureBodies.tags("platform-team"), null);
    }

    private AzureOperation deployment(String sub, String group, AzureCaller who) {
        String id = AzureOperation.resourceId(sub, group, "Microsoft.Resources/deployments/pipeline-" + rand.hex(8));
        return new AzureOperation(rand, "Microsoft.Resources/deployments/write", "Create Deployment", who, sub,
                group, id).longRunning().ends("Succeeded", "Created");
    }

    /** Creations in approved regions: the real resource-group operation name, and storage accounts. */
    private AzureOperation creation(String sub, AzureCaller who, String region) {
        if (rand.chance(0.5)) {
            String group = "rg-feature-" + rand.hex(5);
            String id = "/subscriptions/" + sub + "/resourceGroups/" + group;
            return new AzureOperation(rand, "Microsoft.Resources/subscriptions/resourceGroups/write",
                    "Update resource group", who, sub, group, id)
                    .bodies(region, "{\"location\":\"" + region + "\"}", AzureBodies.resourceGroup(id, group, region))
                    .ends("Succeeded", "Created");
        }
        String group = "rg-data-platform";
        String id = AzureOperation.resourceId(sub, group, "Microsoft.Storage/storageAccounts/nwlake" + rand.hex(8));
        String body = AzureBodies.storageAccount(region);
        return new AzureOperation(rand, "Microsoft.Storage/storageAccounts/write", "Create/Update Storage Account",
                who, sub, group, id).bodies(region, body, body).longRunning().ends("Succeeded", "OK");
    }

    /** An engineer without the right role tries a change and is refused. */
    private AzureOperation denied(String sub, String group, String region) {
        String id = AzureOperation.resourceId(sub, group, "Microsoft.KeyVault/vaults/kv-ops-" + rand.hex(4));
        String message = "The client '" + tenant.engineer.upn() + "' with object id '" + tenant.engineer.objectId()
                + "' does not have authorization to perform action 'Microsoft.KeyVault/vaults/write' over scope '"
                + id + "' or the scope is invalid.";
        return new AzureOperation(rand, "Microsoft.KeyVault/vaults/write", "Update Key Vault", tenant.engineer,
                sub, group, id).role("Reader")
                .bodies(region, "{\"location\":\"" + region
                        + "\",\"properties\":{\"sku\":{\"family\":\"A\",\"name\":\"standard\"}}}",
                        AzureBodies.error("AuthorizationFailed", message))
                .ends("Failed", "Forbidden");
    }

    static List<AzureEvent> sorted(List<AzureEvent> events) {
        List<AzureEvent> copy = new ArrayList<>(events);
        copy.sort(Comparator.comparing(AzureEvent::time));
        return copy;
    }
}
