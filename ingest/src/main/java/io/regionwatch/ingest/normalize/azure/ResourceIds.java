package io.regionwatch.ingest.normalize.azure;

import io.regionwatch.core.event.DocumentBuilder;
import java.util.Arrays;

/**
 * Splits an ARM resource id into Elastic's {@code azure.resource.*} fields and the subscription,
 * matching segment names case-insensitively ({@code /SUBSCRIPTIONS/}, {@code /resourcegroups/},
 * even {@code /TeNaNtS/}) while keeping the values' case.
 */
final class ResourceIds {
    private ResourceIds() {
    }

    /** Sets the fields found and returns the subscription id, or null. */
    static String map(DocumentBuilder doc, String resourceId) {
        String[] s = Arrays.stream(resourceId.split("/")).filter(p -> !p.isEmpty()).toArray(String[]::new);
        if (s.length >= 2 && s[0].equalsIgnoreCase("tenants")) {
            doc.set("azure.tenant_id", s[1]);
            providers(doc, s, 2);
            return null;
        }
        if (s.length < 2 || !s[0].equalsIgnoreCase("subscriptions")) {
            return null;
        }
        doc.set("azure.subscription_id", s[1]);
        int next = 2;
        if (s.length >= 4 && s[2].equalsIgnoreCase("resourcegroups")) {
            doc.set("azure.resource.group", s[3]);
            next = 4;
        }
        providers(doc, s, next);
        return s[1];
    }

    private static void providers(DocumentBuilder doc, String[] s, int at) {
        if (s.length <= at + 1 || !s[at].equalsIgnoreCase("providers")) {
            return;
        }
        String[] rest = Arrays.copyOfRange(s, at + 1, s.length);
        if (rest.length == 5 && rest[1].equalsIgnoreCase("namespaces") && rest[3].equalsIgnoreCase("authorizationrules")) {
            doc.set("azure.resource.provider", rest[0]);
            doc.set("azure.resource.namespace", rest[2]);
            doc.set("azure.resource.authorization_rule", rest[4]);
        } else if (rest.length >= 3) {
            doc.set("azure.resource.provider", rest[0] + "/" + rest[1]);
            doc.set("azure.resource.name", rest[2]);
        } else {
            doc.set("azure.resource.provider", String.join("/", rest));
        }
    }
}
