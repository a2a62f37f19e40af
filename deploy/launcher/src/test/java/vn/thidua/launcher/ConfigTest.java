package vn.thidua.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ConfigTest {

    private static final Path REPO = Path.of("/repo");

    private static Config config(Map<String, String> env, String... args) {
        Properties versions = new Properties();
        versions.setProperty("kafka.version", "4.3.1");
        versions.setProperty("keycloak.version", "26.7.3");
        return new Config(args, env, REPO, REPO.resolve("deploy/launcher/target"), versions);
    }

    @Test
    void defaultsMatchTheContracts() {
        Config c = config(Map.of());
        assertEquals(REPO.resolve("data"), c.dataDir);
        assertEquals(8080, c.gatewayPort);
        assertEquals(8081, c.campaignPort);
        assertEquals(8082, c.blocPort);
        assertEquals(8083, c.awardPort);
        assertEquals(8180, c.keycloakPort);
        assertEquals(9092, c.kafkaPort);
        assertEquals(5432, c.pgPort);
        assertEquals("jdbc:postgresql://localhost:5432/thidua_bloc", c.jdbcUrl("thidua_bloc"));
        assertEquals("localhost:9092", c.kafkaBootstrap());
        assertEquals("http://localhost:8180/realms/thidua", c.realmUrl());
        assertEquals(REPO.resolve("deploy/launcher/target/keycloak-26.7.3"), c.keycloakHome());
        assertEquals(REPO.resolve("bloc-service/target/quarkus-app/quarkus-run.jar"), c.serviceJar("bloc-service"));
        assertFalse(c.reset);
        assertFalse(c.onlyInfra);
        assertTrue(c.demo, "a local stack starts with the demo year");
        assertTrue(c.embeddedPostgres() && c.embeddedKafka() && c.embeddedKeycloak());
    }

    @Test
    void everyPortToBindNamesItsPartAndVariable() {
        List<Config.PortUse> ports = config(Map.of()).portsToBind();
        assertEquals(
                List.of(5432, 9092, 9093, 3025, 8025, 8180, 8081, 8082, 8083, 8080, 9081, 9082, 9083, 9080),
                ports.stream().map(Config.PortUse::port).toList());
        assertTrue(ports.stream()
                .allMatch(p -> p.envVar().startsWith("THIDUA_") && p.envVar().endsWith("_PORT")));
    }

    @Test
    void noDemoStartsEmpty() {
        assertFalse(config(Map.of(), "--no-demo").demo);
    }

    @Test
    void onlyInfraBindsNoServicePort() {
        Config c = config(Map.of(), "--only-infra", "--reset");
        assertTrue(c.onlyInfra);
        assertTrue(c.reset);
        assertEquals(
                List.of(
                        "PostgreSQL",
                        "Kafka",
                        "Kafka controller",
                        "mail server (SMTP)",
                        "mail server (mailbox API)",
                        "Keycloak"),
                c.portsToBind().stream().map(Config.PortUse::part).toList());
    }

    @Test
    void environmentMovesPortsAndDataDir() {
        Config c = config(Map.of(
                "THIDUA_GATEWAY_PORT", "9080", "THIDUA_PG_PORT", "15432", "THIDUA_DATA_DIR", "/tmp/somewhere/../e2e"));
        assertEquals(9080, c.gatewayPort);
        assertEquals(15432, c.pgPort);
        assertEquals(Path.of("/tmp/e2e"), c.dataDir);
        assertEquals("jdbc:postgresql://localhost:15432/thidua_award", c.jdbcUrl("thidua_award"));
    }

    @Test
    void externalComponentsAreNotStartedNorBound() {
        Config c = config(Map.of(
                "THIDUA_PG_HOST",
                "db.internal",
                "THIDUA_PG_USER",
                "thidua",
                "THIDUA_PG_PASSWORD",
                "s3cret",
                "THIDUA_KAFKA_BOOTSTRAP",
                "k1:9092,k2:9092",
                "THIDUA_KEYCLOAK_URL",
                "https://sso.example/",
                "THIDUA_SMTP_HOST",
                "smtp.example"));
        assertFalse(c.embeddedPostgres() || c.embeddedKafka() || c.embeddedKeycloak() || c.embeddedMail());
        assertEquals("jdbc:postgresql://db.internal:5432/thidua_campaign", c.jdbcUrl("thidua_campaign"));
        assertEquals("thidua", c.pgUser);
        assertEquals("k1:9092,k2:9092", c.kafkaBootstrap());
        assertEquals("https://sso.example/realms/thidua", c.realmUrl());
        assertEquals(
                List.of(8081, 8082, 8083, 8080, 9081, 9082, 9083, 9080),
                c.portsToBind().stream().map(Config.PortUse::port).toList());
    }

    @Test
    void instancesAndBrokersEachGetTheirOwnPorts() {
        Config c = config(Map.of(), "--instances", "2", "--kafka-brokers", "3");
        assertEquals(
                List.of(
                        5432, 9092, 9093, 9094, 9095, 9096, 9097, 3025, 8025, 8180, 8081, 8082, 8083, 8181, 8182, 8183,
                        8080, 9081, 9082, 9083, 9181, 9182, 9183, 9080),
                c.portsToBind().stream().map(Config.PortUse::port).toList());
        assertTrue(c.portsToBind().stream().anyMatch(p -> p.part().equals("bloc-service-2") && p.port() == 8182));
        assertEquals("localhost:9092,localhost:9094,localhost:9096", c.kafkaBootstrap());
    }

    @Test
    void badInputIsReportedClearly() {
        assertTrue(assertThrows(StartupException.class, () -> config(Map.of(), "--instances", "9"))
                .getMessage()
                .contains("--instances takes a number from 1 to 4"));
        assertThrows(StartupException.class, () -> config(Map.of(), "--instances"));
        assertThrows(StartupException.class, () -> config(Map.of(), "--kafka-brokers", "2"));
        StartupException e = assertThrows(StartupException.class, () -> config(Map.of("THIDUA_KAFKA_PORT", "90x")));
        assertTrue(e.getMessage().contains("THIDUA_KAFKA_PORT"));
        assertThrows(StartupException.class, () -> config(Map.of("THIDUA_GATEWAY_PORT", "70000")));
        assertThrows(StartupException.class, () -> config(Map.of(), "--frobnicate"));
        assertThrows(StartupException.class, () -> config(Map.of("THIDUA_START_TIMEOUT", "soon")));
    }
}
