package io.regionwatch.bench.gen;

import java.util.List;

/**
 * One caller in the generated organisation: how CloudTrail names it, the user agent it uses and the
 * approved regions it works in (at most three, so the cross-region threshold rule never fires on it).
 */
record Principal(String account, String type, String name, String userAgent, List<String> regions) {

    String arn() {
        return switch (type) {
            case "IAMUser" -> "arn:aws:iam::" + account + ":user/" + name;
            case "AssumedRole" -> "arn:aws:sts::" + account + ":assumed-role/" + name + "/session-" + name.length();
            default -> null;
        };
    }

    /** The userIdentity object as CloudTrail writes it. */
    void identity(StringBuilder b) {
        b.append("{\"type\":\"").append(type).append('"');
        if (type.equals("AWSService")) {
            b.append(",\"invokedBy\":\"").append(name).append("\"}");
            return;
        }
        String key = "AKIA" + Integer.toHexString(name.hashCode() & 0xfffffff).toUpperCase(java.util.Locale.ROOT);
        b.append(",\"principalId\":\"AIDA").append(key.substring(4)).append(name.length()).append('"')
                .append(",\"arn\":\"").append(arn()).append('"')
                .append(",\"accountId\":\"").append(account).append('"')
                .append(",\"accessKeyId\":\"").append(key).append('"');
        if (type.equals("IAMUser")) {
            b.append(",\"userName\":\"").append(name).append("\"}");
            return;
        }
        b.append(",\"sessionContext\":{\"sessionIssuer\":{\"type\":\"Role\",\"principalId\":\"AROA").append(key.substring(4))
                .append("\",\"arn\":\"arn:aws:iam::").append(account).append(":role/").append(name)
                .append("\",\"accountId\":\"").append(account).append("\",\"userName\":\"").append(name)
                .append("\"},\"attributes\":{\"creationDate\":\"2026-11-02T00:00:00Z\",\"mfaAuthenticated\":\"false\"}}}");
    }
}
