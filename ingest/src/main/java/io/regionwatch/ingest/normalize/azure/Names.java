package io.regionwatch.ingest.normalize.azure;

/** Key renaming as Elastic's pipeline does for Azure property names. */
final class Names {
    private Names() {
    }

    /** {@code statusCode} → {@code status_code}, {@code serviceRequestId} → {@code service_request_id}. */
    static String snake(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && !Character.isUpperCase(camel.charAt(i - 1))) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
