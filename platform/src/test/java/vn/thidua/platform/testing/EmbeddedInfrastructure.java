package vn.thidua.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * Real PostgreSQL (embedded binaries) and a real single-node KRaft Kafka, started once per test JVM
 * and shared by every test class; each service gets its own database. Pass the database name with
 * {@code @ResourceArg(name = "database", value = "...")}.
 */
public class EmbeddedInfrastructure implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres postgres;
    private static KafkaClusterTestKit kafka;

    private String database = "thidua";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        startOnce();
        createDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url",
                postgres.getJdbcUrl("postgres", database),
                "quarkus.datasource.username",
                "postgres",
                "quarkus.datasource.password",
                "postgres",
                "kafka.bootstrap.servers",
                kafka.bootstrapServers(),
                "quarkus.oidc.public-key",
                TestTokens.publicKey(),
                "quarkus.oidc.token.issuer",
                TestTokens.ISSUER);
    }

    @Override
    public void stop() {
        // shared by every test class of this JVM; closed by the shutdown hook
    }

    public static String kafkaBootstrapServers() {
        startOnce();
        return kafka.bootstrapServers();
    }

    private static synchronized void startOnce() {
        if (postgres != null) {
            return;
        }
        try {
            postgres = EmbeddedPostgres.builder().start();
            kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                            .setCombined(true)
                            .setNumBrokerNodes(1)
                            .setNumControllerNodes(1)
                            .setBaseDirectory(Files.createTempDirectory("thidua-kafka"))
                            .build())
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            kafka.format();
            kafka.startup();
            kafka.waitForReadyBrokers();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start embedded PostgreSQL and Kafka for the tests", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                kafka.close();
                postgres.close();
            } catch (Exception ignored) {
                // the JVM is going away
            }
        }));
    }

    private static void createDatabase(String name) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + name.replace("'", "") + "'")) {
                if (!exists.next()) {
                    statement.execute("create database \"" + name.replace("\"", "") + "\"");
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
    }
}
