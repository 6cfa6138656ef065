package io.pcmops.internal.audit;

import io.pcmops.model.AuditEntry;
import io.pcmops.model.AuditEvent;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key of the audit chain: an HMAC-SHA256 key derived from the master key, so that whoever can write the
 * database but does not hold the key cannot forge a consistent chain.
 */
public final class AuditKey {

    /** Label the key is derived from the master key with. */
    public static final String LABEL = "pcmops audit chain v1";

    private final SecretKeySpec key;

    /** Creates the key from 32 derived bytes. */
    public AuditKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes.clone(), "HmacSHA256");
    }

    /** Returns the stored form of an entry at a position of the chain. */
    public AuditEvent seal(long sequence, Instant at, AuditEntry entry, String previousHash) {
        AuditEvent unsealed = new AuditEvent(sequence, at, entry.actor(), entry.action(), entry.subject(),
                entry.targets(), entry.scriptHash(), entry.result(), entry.details(),
                previousHash == null ? AuditChain.GENESIS : previousHash, "");
        return withHash(unsealed, hash(unsealed));
    }

    /** Returns the hash a keyed event should carry. */
    public String hash(AuditEvent event) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(AuditChain.text(event).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "AuditKey(HMAC-SHA256, key redacted)";
    }

    private static AuditEvent withHash(AuditEvent e, String hash) {
        return new AuditEvent(e.sequence(), e.at(), e.actor(), e.action(), e.subject(), e.targets(), e.scriptHash(),
                e.result(), e.details(), e.previousHash(), hash);
    }
}
