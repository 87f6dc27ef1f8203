package io.regionwatch.cli.simulate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * One Azure Resource Manager operation and the events the Activity Log writes for it: a Started
 * event, an Accepted event for long-running operations, then Succeeded or Failed, all sharing
 * one correlation id.
 */
final class AzureOperation {

    private final Rand rand;
    private final String operationName;
    private final String displayName;
    private final AzureCaller caller;
    private final String subscription;
    private final String resourceGroup;
    private final String resourceId;
    private String method = "PUT";
    private String location;
    private String requestBody;
    private String responseBody;
    private boolean longRunning;
    private String finalStatus = "Succeeded";
    private String finalSubStatus = "OK";
    private String roleName = "Owner";

    AzureOperation(Rand rand, String operationName, String displayName, AzureCaller caller,
            String subscription, String resourceGroup, String resourceId) {
        this.rand = rand;
        this.operationName = operationName;
        this.displayName = displayName;
        this.caller = caller;
        this.subscription = subscription;
        this.resourceGroup = resourceGroup;
        this.resourceId = resourceId;
    }

    /** Resource id under a resource group: {@code /subscriptions/../resourceGroups/../providers/..}. */
    static String resourceId(String subscription, String group, String providerPath) {
        return "/subscriptions/" + subscription + "/resourceGroups/" + group + "/providers/" + providerPath;
    }

    AzureOperation method(String httpMethod) {
        this.method = httpMethod;
        return this;
    }

    /** The resource's region and the ARM bodies that carry it. */
    AzureOperation bodies(String region, String request, String response) {
        this.location = region;
        this.requestBody = request;
        this.responseBody = response;
        return this;
    }

    AzureOperation longRunning() {
        this.longRunning = true;
        return this;
    }

    AzureOperation ends(String status, String subStatus) {
        this.finalStatus = status;
        this.finalSubStatus = subStatus;
        return this;
    }

    AzureOperation role(String name) {
        this.roleName = name;
        return this;
    }

    List<AzureEvent> events(Instant start) {
        String correlationId = rand.uuid();
        String operationId = rand.uuid();
        String clientRequestId = rand.uuid();
        var claims = caller.claims(AzureTenant.TENANT, start.getEpochSecond() - rand.between(60, 3000));
        List<AzureEvent> out = new ArrayList<>();
        out.add(event(start, correlationId, operationId, clientRequestId, claims, "Started", "", requestBody, null));
        Instant t = start;
        if (longRunning) {
            t = t.plusMillis(rand.between(400, 2500));
            out.add(event(t, correlationId, operationId, clientRequestId, claims, "Accepted", "Accepted", null, null));
        }
        t = t.plusMillis(rand.between(800, longRunning ? 45_000 : 3000));
        // The end event repeats the request body: the resource's location is then on the row
        // that carries the outcome, wherever a reader looks for it.
        out.add(event(t, correlationId, operationId, clientRequestId, claims, finalStatus, finalSubStatus,
                requestBody, responseBody));
        return out;
    }

    private AzureEvent event(Instant t, String correlationId, String operationId, String clientRequestId,
            ObjectNode claims, String status, String subStatus, String request,
            String response) {
        Instant precise = t.plusNanos(rand.ticks() * 100L);
        return new AzureEvent(precise, correlationId, rand.uuid(), operationId, operationName, displayName,
                status, subStatus, caller, claims, subscription, resourceGroup, resourceId, method, location,
                request, response, "Started".equals(status) ? 0 : rand.between(80, 1800), clientRequestId,
                roleName);
    }
}
