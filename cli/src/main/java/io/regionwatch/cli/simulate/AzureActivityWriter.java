package io.regionwatch.cli.simulate;

import java.util.List;
import java.util.Locale;

import tools.jackson.databind.node.ObjectNode;

/**
 * Renders Activity Log events as rows of the Log Analytics {@code AzureActivity} table, as a
 * query export writes them: operation and provider upper-cased, status in Started/Succeeded
 * words, {@code Properties}, {@code Authorization}, {@code Claims} and {@code HTTPRequest} as
 * JSON strings (Properties also as the dynamic {@code Properties_d}), and no location column at
 * all: the location lives only inside the request and response bodies in Properties.
 */
final class AzureActivityWriter {

    private AzureActivityWriter() {
    }

    static String render(List<AzureEvent> events) {
        return Json.writeArrayLines(events.stream().map(AzureActivityWriter::row).toList());
    }

    static ObjectNode row(AzureEvent e) {
        ObjectNode authorization = authorization(e);
        ObjectNode claims = e.claims();
        ObjectNode properties = properties(e);
        ObjectNode r = Json.object();
        r.put("TenantId", AzureTenant.WORKSPACE);
        r.put("SourceSystem", "Azure");
        r.put("CallerIpAddress", e.caller().ip());
        r.put("CategoryValue", "Administrative");
        r.put("CorrelationId", e.correlationId());
        r.put("Authorization", Json.write(authorization));
        r.put("Claims", Json.write(claims));
        r.put("Level", e.level());
        r.put("OperationNameValue", e.operationName().toUpperCase(Locale.ROOT));
        r.put("Properties", Json.write(properties));
        r.set("Properties_d", properties.deepCopy());
        r.put("Caller", e.caller().caller());
        r.put("EventDataId", e.eventDataId());
        r.put("EventSubmissionTimestamp", AzureTime.format(e.time().plusMillis(9_000 + e.durationMs())));
        r.put("HTTPRequest", Json.write(httpRequest(e)));
        r.put("OperationId", e.operationId());
        r.put("ResourceGroup", e.resourceGroup());
        r.put("ResourceProviderValue", e.provider().toUpperCase(Locale.ROOT));
        r.put("ActivityStatusValue", e.status());
        r.put("ActivitySubstatusValue", e.subStatus());
        r.put("Hierarchy", AzureTenant.hierarchy(e.subscriptionId()));
        r.put("TimeGenerated", AzureTime.format(e.time()));
        r.put("SubscriptionId", e.subscriptionId());
        r.put("OperationName", e.displayName());
        r.put("Type", "AzureActivity");
        r.put("_ResourceId", e.resourceId().toLowerCase(Locale.ROOT));
        return r;
    }

    /** The RBAC decision that let the call through; the same for every event of an operation. */
    static ObjectNode authorization(AzureEvent e) {
        ObjectNode a = Json.object();
        a.put("action", e.operationName());
        a.put("scope", e.resourceId());
        ObjectNode evidence = a.putObject("evidence");
        evidence.put("role", e.roleName());
        evidence.put("roleAssignmentScope", "/subscriptions/" + e.subscriptionId());
        evidence.put("roleAssignmentId", e.caller().roleAssignmentId());
        evidence.put("roleDefinitionId", "8e3af657a8ff443ca75c2fe8c4bcb635");
        evidence.put("principalId", e.caller().objectId().replace("-", ""));
        evidence.put("principalType", e.caller().upn() != null ? "User" : "ServicePrincipal");
        return a;
    }

    private static ObjectNode properties(AzureEvent e) {
        ObjectNode p = Json.object();
        p.put("eventCategory", "Administrative");
        p.put("entity", e.resourceId());
        p.put("message", e.operationName());
        p.put("hierarchy", AzureTenant.hierarchy(e.subscriptionId()));
        if (e.statusCode() != null) {
            p.put("statusCode", e.statusCode());
            p.putNull("serviceRequestId");
        }
        if (e.requestBody() != null) {
            p.put("requestbody", e.requestBody());
        }
        if (e.responseBody() != null) {
            p.put("responseBody", e.responseBody());
        }
        p.put("resource", e.resourceName());
        p.put("resourceProviderValue", e.provider().toUpperCase(Locale.ROOT));
        p.put("activityStatusValue", e.status());
        p.put("activitySubstatusValue", e.subStatus());
        return p;
    }

    private static ObjectNode httpRequest(AzureEvent e) {
        return Json.object().put("clientRequestId", e.clientRequestId())
                .put("clientIpAddress", e.caller().ip()).put("method", e.httpMethod());
    }
}
