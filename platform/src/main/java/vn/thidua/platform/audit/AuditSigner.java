package vn.thidua.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;

/**
 * Signs tree heads with Ed25519. The service makes its key pair on its first seal and keeps it in its database;
 * the public key is published with every head (AuditLogResource) so that a head saved outside the system can be
 * checked, and a later head proved consistent with it, by anyone.
 */
@ApplicationScoped
public class AuditSigner {

    private static final String ALGORITHM = "Ed25519";

    @Inject
    Clock clock;

    private volatile Active active;

    record Signed(String keyId, String signature) {}

    private record Active(String keyId, PrivateKey key) {}

    /** Called by the sealer only, inside its transaction (which holds the sealer's lock: one key per log). */
    Signed sign(byte[] text) {
        Active key = active();
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key.key());
            signature.update(text);
            return new Signed(key.keyId(), Base64.getEncoder().encodeToString(signature.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The tree head could not be signed", e);
        }
    }

    /** Whether the head was signed by the log's key it names. */
    public boolean verify(AuditTreeHead head) {
        AuditSigningKey key = AuditSigningKey.findById(head.keyId);
        if (key == null) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(publicKey(key.publicKey));
            signature.update(head.signedText());
            return signature.verify(Base64.getDecoder().decode(head.signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public static PublicKey publicKey(String base64) throws GeneralSecurityException {
        return KeyFactory.getInstance(ALGORITHM)
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    /** A key just made is not kept in memory until a later seal reads it back committed. */
    private Active active() {
        if (active == null) {
            AuditSigningKey stored = AuditSigningKey.<AuditSigningKey>find(
                            "privateKey is not null order by createdAt desc")
                    .firstResult();
            if (stored == null) {
                return create();
            }
            active = load(stored);
        }
        return active;
    }

    private static Active load(AuditSigningKey stored) {
        try {
            PrivateKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(stored.privateKey)));
            return new Active(stored.keyId, key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The audit log's signing key " + stored.keyId + " cannot be read", e);
        }
    }

    private Active create() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            AuditSigningKey stored = new AuditSigningKey();
            byte[] publicKey = pair.getPublic().getEncoded();
            stored.keyId = MerkleTree.hex(MessageDigest.getInstance("SHA-256").digest(publicKey));
            stored.publicKey = Base64.getEncoder().encodeToString(publicKey);
            stored.privateKey =
                    Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
            stored.createdAt = OffsetDateTime.now(clock);
            stored.persist();
            return new Active(stored.keyId, pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No Ed25519 key could be made for the audit log", e);
        }
    }
}
