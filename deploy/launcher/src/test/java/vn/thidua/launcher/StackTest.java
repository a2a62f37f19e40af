package vn.thidua.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

class StackTest {

    /** Surefire runs in deploy/launcher. */
    private static final Path DEPLOY = Path.of("..").toAbsolutePath().normalize();

    @Test
    void kafkaTemplateIsFullyRendered() throws IOException {
        String template = Files.readString(DEPLOY.resolve("kafka/server.properties"), StandardCharsets.UTF_8);
        String rendered =
                Stack.renderKafkaConfig(template, 1, 19092, 19093, "1@localhost:19093", 1, Path.of("/data/kafka/data"));
        assertFalse(Pattern.compile("@[A-Z_]+@").matcher(rendered).find(), "placeholder left in " + rendered);
        assertTrue(rendered.contains("listeners=PLAINTEXT://localhost:19092,CONTROLLER://localhost:19093"));
        assertTrue(rendered.contains("node.id=1\n"));
        assertTrue(rendered.contains("controller.quorum.voters=1@localhost:19093"));
        assertTrue(rendered.contains("log.dirs=/data/kafka/data"));
        assertTrue(rendered.contains("process.roles=broker,controller"));
        assertTrue(rendered.contains("default.replication.factor=1\n"));
        assertTrue(rendered.contains("min.insync.replicas=1\n"));
    }

    @Test
    void aNodeOfThreeReplicatesEverythingThriceAndAcknowledgesWithTwo() throws IOException {
        String template = Files.readString(DEPLOY.resolve("kafka/server.properties"), StandardCharsets.UTF_8);
        String rendered = Stack.renderKafkaConfig(
                template,
                2,
                9094,
                9095,
                "1@localhost:9093,2@localhost:9095,3@localhost:9097",
                3,
                Path.of("/data/kafka-cluster/node-2/data"));
        assertFalse(Pattern.compile("@[A-Z_]+@").matcher(rendered).find(), "placeholder left in " + rendered);
        assertTrue(rendered.contains("node.id=2\n"));
        assertTrue(rendered.contains("controller.quorum.voters=1@localhost:9093,2@localhost:9095,3@localhost:9097"));
        assertTrue(rendered.contains("advertised.listeners=PLAINTEXT://localhost:9094"));
        for (String key : new String[] {
            "default.replication.factor", "offsets.topic.replication.factor", "transaction.state.log.replication.factor"
        }) {
            assertTrue(rendered.contains(key + "=3\n"), key);
        }
        assertTrue(rendered.contains("min.insync.replicas=2\n"));
        assertTrue(rendered.contains("transaction.state.log.min.isr=2\n"));
    }

    @Test
    void clusterIdLooksLikeKafkasOwn() {
        String id = Stack.newClusterId();
        assertEquals(22, id.length());
        assertEquals(16, Base64.getUrlDecoder().decode(id).length);
        assertTrue(Pattern.matches("[A-Za-z0-9_-]{22}", id));
    }

    @Test
    void clusterIdNeverStartsWithADashThatTheStorageToolWouldTakeForAnOption() {
        // one random id in 64 would start with "-": 5,000 draws find one almost surely when the guard is missing
        for (int i = 0; i < 5_000; i++) {
            String id = Stack.newClusterId();
            assertFalse(id.startsWith("-"), id);
        }
    }

    @Test
    void realmHasTheDemoAccountsShownInTheBanner() throws IOException {
        String realm = Files.readString(DEPLOY.resolve("keycloak/thidua-realm.json"), StandardCharsets.UTF_8);
        for (String[] account : Stack.DEMO_ACCOUNTS) {
            assertTrue(realm.contains("\"username\": \"" + account[0] + "\""), account[0]);
            assertTrue(realm.contains("\"name\": \"" + account[1] + "\""), "role " + account[1]);
            String[] name = account[2].split(" ");
            assertTrue(realm.contains("\"lastName\": \"" + name[name.length - 1] + "\""), account[2]);
        }
        assertTrue(realm.contains("\"pkce.code.challenge.method\": \"S256\""));
        assertTrue(realm.contains("kc.user.profile.config"));
        for (String claim : new String[] {"unit_id", "position"}) {
            assertTrue(realm.contains("\"claim.name\": \"" + claim + "\""), claim);
            assertTrue(realm.contains("\\\"name\\\": \\\"" + claim + "\\\""), claim + " declared in the user profile");
        }
    }

    /**
     * The realm's password policy would refuse the short demo password on import, so the demo accounts carry
     * its PBKDF2 hash: each must still be the hash of the password the banner prints.
     */
    @Test
    void demoAccountsStoreTheHashOfTheDemoPassword() throws Exception {
        String realm = Files.readString(DEPLOY.resolve("keycloak/thidua-realm.json"), StandardCharsets.UTF_8);
        assertFalse(realm.contains("\"value\": \""), "a password in clear in the realm");
        Matcher stored = Pattern.compile(
                        "\\\\\"value\\\\\":\\\\\"([^\\\\]+)\\\\\",\\\\\"salt\\\\\":\\\\\"([^\\\\]+)\\\\\"")
                .matcher(realm);
        int accounts = 0;
        SecretKeyFactory pbkdf2 = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512");
        while (stored.find()) {
            byte[] salt = Base64.getDecoder().decode(stored.group(2));
            byte[] hash = pbkdf2.generateSecret(new PBEKeySpec(Stack.DEMO_PASSWORD.toCharArray(), salt, 210_000, 512))
                    .getEncoded();
            assertEquals(stored.group(1), Base64.getEncoder().encodeToString(hash), "hash " + stored.group(1));
            accounts++;
        }
        assertEquals(realm.split("\"type\": \"password\"", -1).length - 1, accounts, "passwords checked");
        assertTrue(accounts >= Stack.DEMO_ACCOUNTS.length, "demo accounts with a password: " + accounts);
    }

    @Test
    void portCheckSeesAListener() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
            assertFalse(Net.portFree(port));
        }
        assertTrue(Net.portFree(port));
    }
}
