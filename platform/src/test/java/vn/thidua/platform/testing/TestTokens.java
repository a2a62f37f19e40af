package vn.thidua.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Real RS256 access tokens shaped like Keycloak's, signed with a key made for this test JVM. */
public final class TestTokens {

    public static final String ISSUER = "http://localhost:8180/realms/thidua";
    private static final KeyPair KEYS = generate();
    private static final KeyPair OTHER_KEYS = generate();

    private TestTokens() {}

    public static String publicKey() {
        return Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded());
    }

    public static Builder user(String username) {
        return new Builder(username);
    }

    public static final class Builder {
        private final String username;
        private String name;
        private String position;
        private List<String> roles = List.of();
        private UUID unitId;
        private String subject = UUID.randomUUID().toString();
        private Instant expiresAt = Instant.now().plus(Duration.ofHours(1));
        private KeyPair keys = KEYS;

        private Builder(String username) {
            this.username = username;
            this.name = username;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder position(String position) {
            this.position = position;
            return this;
        }

        public Builder roles(String... roles) {
            this.roles = List.of(roles);
            return this;
        }

        public Builder unit(UUID unitId) {
            this.unitId = unitId;
            return this;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder expired() {
            this.expiresAt = Instant.now().minus(Duration.ofMinutes(10));
            return this;
        }

        /** Signed with a key the services do not trust. */
        public Builder forged() {
            this.keys = OTHER_KEYS;
            return this;
        }

        public String get() {
            JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                    .subject(subject)
                    .claim("preferred_username", username)
                    .claim("name", name)
                    .claim("typ", "Bearer")
                    .claim("azp", "thidua-spa")
                    .claim("realm_access", Map.of("roles", roles))
                    .issuedAt(Instant.now().minus(Duration.ofMinutes(20)))
                    .expiresAt(expiresAt);
            if (unitId != null) {
                claims.claim("unit_id", unitId.toString());
            }
            if (position != null) {
                claims.claim("position", position);
            }
            return claims.jws().keyId("test").sign(keys.getPrivate());
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
