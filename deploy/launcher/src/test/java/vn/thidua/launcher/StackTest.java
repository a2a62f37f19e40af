package vn.thidua.launcher;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StackTest {

    /** Surefire runs in deploy/launcher. */
    private static final Path DEPLOY = Path.of("..").toAbsolutePath().normalize();

    @Test
    void kafkaTemplateIsFullyRendered() throws IOException {
        String template = Files.readString(DEPLOY.resolve("kafka/server.properties"), StandardCharsets.UTF_8);
        String rendered = Stack.renderKafkaConfig(template, 19092, 19093, Path.of("/data/kafka/data"));
        assertFalse(Pattern.compile("@[A-Z_]+@").matcher(rendered).find(), "placeholder left in " + rendered);
        assertTrue(rendered.contains("listeners=PLAINTEXT://localhost:19092,CONTROLLER://localhost:19093"));
        assertTrue(rendered.contains("controller.quorum.voters=1@localhost:19093"));
        assertTrue(rendered.contains("log.dirs=/data/kafka/data"));
        assertTrue(rendered.contains("process.roles=broker,controller"));
    }

    @Test
    void clusterIdLooksLikeKafkasOwn() {
        String id = Stack.newClusterId();
        assertEquals(22, id.length());
        assertEquals(16, Base64.getUrlDecoder().decode(id).length);
        assertTrue(Pattern.matches("[A-Za-z0-9_-]{22}", id));
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
        assertTrue(realm.contains("\"value\": \"" + Stack.DEMO_PASSWORD + "\""));
        assertTrue(realm.contains("\"pkce.code.challenge.method\": \"S256\""));
        assertTrue(realm.contains("kc.user.profile.config"));
        for (String claim : new String[] {"unit_id", "position"}) {
            assertTrue(realm.contains("\"claim.name\": \"" + claim + "\""), claim);
            assertTrue(realm.contains("\\\"name\\\": \\\"" + claim + "\\\""), claim + " declared in the user profile");
        }
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
