package io.regionwatch.cli.simulate;

import tools.jackson.databind.node.ObjectNode;

/**
 * Who made an Azure Resource Manager call: a user (Caller is the UPN) or a service principal
 * (Caller is its object id and the token has only an appid).
 */
record AzureCaller(String upn, String objectId, String appId, String givenName, String surname, String ip,
        String roleAssignmentId) {

    /** Well-known first-party client ids that show up as {@code appid} in user tokens. */
    static final String AZURE_PORTAL = "c44b4083-3bb0-49c1-b47d-974e53cbdf3c";
    static final String AZURE_CLI = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";

    static AzureCaller user(Rand rand, String upn, String givenName, String surname, String ip, String client) {
        return new AzureCaller(upn, rand.uuid(), client, givenName, surname, ip, rand.hex(32));
    }

    static AzureCaller servicePrincipal(Rand rand, String ip) {
        return new AzureCaller(null, rand.uuid(), rand.uuid(), null, null, ip, rand.hex(32));
    }

    /** The Caller column: UPN for users, object id for service principals. */
    String caller() {
        return upn != null ? upn : objectId;
    }

    /** The token claims Azure copies into the log, keyed by their full claim-type URIs. */
    ObjectNode claims(String tenantId, long issuedAt) {
        ObjectNode c = Json.object();
        c.put("aud", "https://management.core.windows.net/");
        c.put("iss", "https://sts.windows.net/" + tenantId + "/");
        c.put("iat", String.valueOf(issuedAt));
        c.put("nbf", String.valueOf(issuedAt));
        c.put("exp", String.valueOf(issuedAt + 4500));
        c.put("appid", appId);
        c.put("appidacr", upn != null ? "0" : "1");
        if (upn != null) {
            c.put("http://schemas.microsoft.com/claims/authnmethodsreferences", "pwd,mfa");
            c.put("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname", surname);
            c.put("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname", givenName);
            c.put("name", givenName + " " + surname);
            c.put("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name", upn);
            c.put("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn", upn);
        }
        c.put("http://schemas.microsoft.com/identity/claims/identityprovider",
                "https://sts.windows.net/" + tenantId + "/");
        c.put("http://schemas.microsoft.com/identity/claims/objectidentifier", objectId);
        c.put("http://schemas.microsoft.com/identity/claims/tenantid", tenantId);
        c.put("ipaddr", ip);
        c.put("ver", "1.0");
        return c;
    }
}
