package io.regionwatch.ingest.normalize.aws;

import io.regionwatch.core.event.DocumentBuilder;
import io.regionwatch.ingest.normalize.Fields;
import io.regionwatch.ingest.normalize.Timestamps;
import java.util.Map;

/**
 * {@code userIdentity} to ECS. {@code user.name} is the identity's userName, else the session
 * issuer's (for assumed roles Elastic's second rename only succeeds when the first found nothing);
 * {@code cloud.account.id} is the caller's account, never the recipient's.
 */
final class UserIdentityMapper {
    private UserIdentityMapper() {
    }

    /** Maps the identity and returns its own userName (for related.user), or null. */
    static String map(DocumentBuilder doc, Map<String, Object> identity) {
        if (identity == null) {
            return null;
        }
        String userName = Fields.nonEmpty(identity, "userName");
        doc.set("aws.cloudtrail.user_identity.type", Fields.nonEmpty(identity, "type"));
        doc.set("user.id", Fields.nonEmpty(identity, "principalId"));
        doc.set("aws.cloudtrail.user_identity.arn", Fields.nonEmpty(identity, "arn"));
        doc.set("cloud.account.id", nonEmptyText(identity, "accountId"));
        doc.set("aws.cloudtrail.user_identity.access_key_id", Fields.nonEmpty(identity, "accessKeyId"));
        doc.set("aws.cloudtrail.user_identity.invoked_by", Fields.nonEmpty(identity, "invokedBy"));
        Map<String, Object> session = Fields.object(identity, "sessionContext");
        String issuerName = session(doc, session);
        doc.set("user.name", userName != null ? userName : issuerName);
        return userName;
    }

    private static String nonEmptyText(Map<String, Object> map, String key) {
        String s = Fields.text(map, key);
        return s == null || s.isEmpty() ? null : s;
    }

    private static String session(DocumentBuilder doc, Map<String, Object> session) {
        if (session == null) {
            return null;
        }
        Map<String, Object> attributes = Fields.object(session, "attributes");
        // final: a constant, so every name below is one literal (a cached hash), not a string built per record
        final String prefix = "aws.cloudtrail.user_identity.session_context.";
        doc.set(prefix + "mfa_authenticated", Fields.text(attributes, "mfaAuthenticated"));
        doc.set(prefix + "creation_date", Timestamps.tryNormalize(Fields.nonEmpty(attributes, "creationDate")));
        Map<String, Object> issuer = Fields.object(session, "sessionIssuer");
        doc.set(prefix + "session_issuer.type", Fields.nonEmpty(issuer, "type"));
        doc.set(prefix + "session_issuer.principal_id", Fields.nonEmpty(issuer, "principalId"));
        doc.set(prefix + "session_issuer.arn", Fields.nonEmpty(issuer, "arn"));
        doc.set(prefix + "session_issuer.account_id", Fields.nonEmpty(issuer, "accountId"));
        return Fields.nonEmpty(issuer, "userName");
    }
}
