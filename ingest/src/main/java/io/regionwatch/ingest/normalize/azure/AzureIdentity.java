package io.regionwatch.ingest.normalize.azure;

import io.regionwatch.core.event.DocumentBuilder;
import io.regionwatch.ingest.normalize.Fields;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code identity} (claims and authorization) to {@code azure.activitylogs.identity.*} and
 * {@code user.*}: the UPN claim gives {@code user.name} (local part), {@code user.domain} and
 * {@code user.email}, as Elastic's grok does. When no claim names a user, the {@code caller} (the
 * only identity Log Analytics and REST shapes carry) is used the same way: our extension.
 */
final class AzureIdentity {
    static final String UPN_CLAIM = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name";

    private AzureIdentity() {
    }

    static void map(DocumentBuilder doc, Map<String, Object> record) {
        Object identity = record.get("identity");
        if (identity instanceof String name) {
            doc.set("azure.activitylogs.identity_name", name);
        } else if (identity instanceof Map<?, ?> map) {
            mapObject(doc, Fields.object(record, "identity"));
        } else if (identity != null) {
            throw Fields.wrongType("identity", "an object or a string", identity);
        }
        if (doc.peek("user.name") == null) {
            user(doc, Fields.nonEmpty(record, "caller"));
        }
    }

    private static void mapObject(DocumentBuilder doc, Map<String, Object> identity) {
        Map<String, Object> claims = Fields.object(identity, "claims");
        if (claims != null) {
            Map<String, Object> renamed = new LinkedHashMap<>();
            claims.forEach((k, v) -> renamed.put(k.replace('.', '_'), v));
            doc.set("azure.activitylogs.identity.claims", renamed);
            String upn = Fields.nonEmpty(claims, UPN_CLAIM);
            doc.set("azure.activitylogs.identity.claims_initiated_by_user.name", upn);
            doc.set("user.full_name", Fields.nonEmpty(claims, "name"));
            user(doc, upn);
        }
        Map<String, Object> authorization = Fields.object(identity, "authorization");
        if (authorization != null) {
            final String prefix = "azure.activitylogs.identity.authorization.";
            doc.set(prefix + "action", Fields.nonEmpty(authorization, "action"));
            doc.set(prefix + "scope", Fields.nonEmpty(authorization, "scope"));
            Map<String, Object> evidence = Fields.object(authorization, "evidence");
            if (evidence != null) {
                evidence.forEach((k, v) -> doc.set(prefix + "evidence." + Names.snake(k), v));
            }
        }
    }

    /** {@code name@domain} → user.name, user.domain, user.email; anything else → user.name. */
    private static void user(DocumentBuilder doc, String principal) {
        if (principal == null) {
            return;
        }
        int at = principal.indexOf('@');
        if (at > 0 && at < principal.length() - 1 && principal.indexOf('@', at + 1) < 0) {
            doc.set("user.name", principal.substring(0, at));
            doc.set("user.domain", principal.substring(at + 1));
            doc.set("user.email", principal);
        } else {
            doc.set("user.name", principal);
        }
    }
}
