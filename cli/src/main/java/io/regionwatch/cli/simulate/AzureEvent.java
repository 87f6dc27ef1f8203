package io.regionwatch.cli.simulate;

import java.time.Instant;

import tools.jackson.databind.node.ObjectNode;

/**
 * One Activity Log event (one status of one operation), independent of the sink that exports
 * it; {@link AzureActivityWriter} and {@link AzureStorageExportWriter} render it.
 *
 * @param operationName  canonical mixed-case name, e.g. {@code Microsoft.Compute/virtualMachines/write}
 * @param status         Started, Accepted, Succeeded or Failed (Log Analytics vocabulary)
 * @param subStatus      e.g. Created, OK, Forbidden; empty for Started
 * @param location       ARM short region name of the resource, or null when it has none
 * @param requestBody    JSON text of the ARM request, or null
 * @param responseBody   JSON text of the ARM response, or null
 */
record AzureEvent(Instant time, String correlationId, String eventDataId, String operationId,
        String operationName, String displayName, String status, String subStatus, AzureCaller caller,
        ObjectNode claims, String subscriptionId, String resourceGroup, String resourceId,
        String httpMethod, String location, String requestBody, String responseBody, int durationMs,
        String clientRequestId, String roleName) {

    /** Resource provider namespace, e.g. {@code Microsoft.Compute}. */
    String provider() {
        return operationName.substring(0, operationName.indexOf('/'));
    }

    /** Last segment of the resource id: the resource's own name. */
    String resourceName() {
        return resourceId.substring(resourceId.lastIndexOf('/') + 1);
    }

    /** The HTTP-ish status code Azure puts in properties.statusCode (absent on Started). */
    String statusCode() {
        return switch (status) {
            case "Accepted" -> "Accepted";
            case "Started" -> null;
            default -> subStatus;
        };
    }

    String level() {
        return "Failed".equals(status) ? "Error" : "Informational";
    }
}
