package vn.thidua.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Everything the launcher needs to know, read once from the command line and the environment.
 * Only this class reads environment variables, so the rest is easy to test.
 */
final class Config {

    /** A TCP port the stack will bind, with the part that binds it and the variable that moves it. */
    record PortUse(int port, String part, String envVar) {}

    final Path repoDir;
    final Path launcherTarget;
    final Path dataDir;
    final boolean reset;
    final boolean onlyInfra;
    /** The demo directory and year (demo/): the local stack's default; --no-demo starts empty. */
    final boolean demo;
    /** instances of each service (--instances N); instance k (from 0) listens on its port plus 100·k */
    final int instances;
    /** brokers of the embedded Kafka (--kafka-brokers N); broker k (from 0) listens on its port plus 2·k */
    final int kafkaBrokers;

    final int gatewayPort;
    final int campaignPort;
    final int blocPort;
    final int awardPort;
    final int keycloakPort;
    final int kafkaPort;
    final int kafkaControllerPort;
    final int pgPort;
    /** the embedded mail server (GreenMail): SMTP, and its HTTP API where the mailbox is read */
    final int smtpPort;

    final int mailApiPort;
    /** Set when the realm sends mail through an outside SMTP server (THIDUA_SMTP_HOST). */
    final String smtpHostExternal;

    /** Set when an external PostgreSQL is used (THIDUA_PG_HOST). */
    final String pgHost;

    final String pgUser;
    final String pgPassword;
    /** Set when an external Kafka is used (THIDUA_KAFKA_BOOTSTRAP). */
    final String kafkaBootstrapExternal;
    /** Set when an external Keycloak is used (THIDUA_KEYCLOAK_URL), without a trailing slash. */
    final String keycloakUrlExternal;

    final Duration startTimeout;
    final Duration keycloakStartTimeout;

    final String kafkaVersion;
    final String keycloakVersion;
    final String javaExecutable;

    Config(String[] args, Map<String, String> env, Path repoDir, Path launcherTarget, Properties versions) {
        boolean reset = false;
        boolean onlyInfra = false;
        boolean demo = true;
        int instances = 1;
        int kafkaBrokers = 1;
        Iterator<String> options = List.of(args).iterator();
        while (options.hasNext()) {
            String arg = options.next();
            switch (arg) {
                case "--reset" -> reset = true;
                case "--only-infra" -> onlyInfra = true;
                case "--no-demo" -> demo = false;
                case "--no-build" -> {
                    /* handled by the ./thidua script; accepted and ignored here */
                }
                case "--instances" -> instances = count(arg, options.hasNext() ? options.next() : null, 1, 4);
                case "--kafka-brokers" -> kafkaBrokers = count(arg, options.hasNext() ? options.next() : null, 1, 5);
                default -> throw new StartupException("Unknown option " + arg + ". Usage: " + usage());
            }
        }
        if (kafkaBrokers == 2) {
            throw new StartupException(
                    "--kafka-brokers 2 cannot keep a majority of controllers when one stops; use 1 or 3.");
        }
        this.reset = reset;
        this.onlyInfra = onlyInfra;
        this.demo = demo;
        this.instances = instances;
        this.kafkaBrokers = kafkaBrokers;
        this.repoDir = repoDir;
        this.launcherTarget = launcherTarget;

        String data = blankToNull(env.get("THIDUA_DATA_DIR"));
        this.dataDir = data == null
                ? repoDir.resolve("data").toAbsolutePath().normalize()
                : Path.of(data).toAbsolutePath().normalize();

        this.gatewayPort = port(env, "THIDUA_GATEWAY_PORT", 8080);
        this.campaignPort = port(env, "THIDUA_CAMPAIGN_PORT", 8081);
        this.blocPort = port(env, "THIDUA_BLOC_PORT", 8082);
        this.awardPort = port(env, "THIDUA_AWARD_PORT", 8083);
        this.keycloakPort = port(env, "THIDUA_KEYCLOAK_PORT", 8180);
        this.kafkaPort = port(env, "THIDUA_KAFKA_PORT", 9092);
        this.kafkaControllerPort = port(env, "THIDUA_KAFKA_CONTROLLER_PORT", 9093);
        this.pgPort = port(env, "THIDUA_PG_PORT", 5432);
        this.smtpPort = port(env, "THIDUA_SMTP_PORT", 3025);
        this.mailApiPort = port(env, "THIDUA_MAIL_API_PORT", 8025);
        this.smtpHostExternal = blankToNull(env.get("THIDUA_SMTP_HOST"));

        this.pgHost = blankToNull(env.get("THIDUA_PG_HOST"));
        this.pgUser = orDefault(env.get("THIDUA_PG_USER"), "postgres");
        this.pgPassword = orDefault(env.get("THIDUA_PG_PASSWORD"), "postgres");
        this.kafkaBootstrapExternal = blankToNull(env.get("THIDUA_KAFKA_BOOTSTRAP"));
        String kc = blankToNull(env.get("THIDUA_KEYCLOAK_URL"));
        this.keycloakUrlExternal = kc == null ? null : kc.replaceAll("/+$", "");

        String timeout = blankToNull(env.get("THIDUA_START_TIMEOUT"));
        if (timeout == null) {
            this.startTimeout = Duration.ofSeconds(300);
            this.keycloakStartTimeout = Duration.ofSeconds(600);
        } else {
            try {
                this.startTimeout = Duration.ofSeconds(Long.parseLong(timeout));
                this.keycloakStartTimeout = this.startTimeout;
            } catch (NumberFormatException e) {
                throw new StartupException("THIDUA_START_TIMEOUT must be a number of seconds, not '" + timeout + "'.");
            }
        }

        this.kafkaVersion = versions.getProperty("kafka.version", "4.3.1");
        this.keycloakVersion = versions.getProperty("keycloak.version", "26.7.3");
        this.javaExecutable =
                Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static Config load(String[] args) {
        Path target = launcherTarget();
        Path repo = detectRepo(target);
        Properties versions = new Properties();
        try (InputStream in = Config.class.getResourceAsStream("/launcher.properties")) {
            if (in != null) {
                versions.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Config(args, System.getenv(), repo, target, versions);
    }

    static String usage() {
        return "java -jar deploy/launcher/target/launcher.jar [--reset] [--only-infra] [--no-demo] [--instances N] [--kafka-brokers N]";
    }

    private static int count(String option, String value, int min, int max) {
        try {
            int n = Integer.parseInt(String.valueOf(value).trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new StartupException(option + " takes a number from " + min + " to " + max + ", not '" + value + "'.");
    }

    /** Where instance {@code instance} (from 0) of a part whose first instance uses {@code port} listens. */
    static int instancePort(int port, int instance) {
        return port + 100 * instance;
    }

    int brokerPort(int broker) {
        return kafkaPort + 2 * broker;
    }

    int controllerPort(int broker) {
        return kafkaControllerPort + 2 * broker;
    }

    boolean embeddedPostgres() {
        return pgHost == null;
    }

    boolean embeddedKafka() {
        return kafkaBootstrapExternal == null;
    }

    boolean embeddedKeycloak() {
        return keycloakUrlExternal == null;
    }

    boolean embeddedMail() {
        return smtpHostExternal == null;
    }

    String mailboxUrl() {
        return "http://localhost:" + mailApiPort;
    }

    Path mailServerJar() {
        return launcherTarget.resolve("greenmail/greenmail-standalone.jar");
    }

    String pgHostOrLocal() {
        return pgHost == null ? "localhost" : pgHost;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + pgHostOrLocal() + ":" + pgPort + "/" + database;
    }

    String kafkaBootstrap() {
        if (kafkaBootstrapExternal != null) {
            return kafkaBootstrapExternal;
        }
        List<String> brokers = new ArrayList<>();
        for (int b = 0; b < kafkaBrokers; b++) {
            brokers.add("localhost:" + brokerPort(b));
        }
        return String.join(",", brokers);
    }

    String keycloakBaseUrl() {
        return keycloakUrlExternal != null ? keycloakUrlExternal : "http://localhost:" + keycloakPort;
    }

    String realmUrl() {
        return keycloakBaseUrl() + "/realms/thidua";
    }

    Path logsDir() {
        return dataDir.resolve("logs");
    }

    Path runDir() {
        return dataDir.resolve("run");
    }

    Path kafkaLibDir() {
        return launcherTarget.resolve("kafka-lib");
    }

    Path keycloakHome() {
        return launcherTarget.resolve("keycloak-" + keycloakVersion);
    }

    Path realmFile() {
        return repoDir.resolve("deploy/keycloak/thidua-realm.json");
    }

    Path serviceJar(String module) {
        return repoDir.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    Path spaDir() {
        return repoDir.resolve("frontend/dist").toAbsolutePath();
    }

    /** Every port the launcher will bind with this configuration, in start order. */
    List<PortUse> portsToBind() {
        List<PortUse> ports = new ArrayList<>();
        if (embeddedPostgres()) {
            ports.add(new PortUse(pgPort, "PostgreSQL", "THIDUA_PG_PORT"));
        }
        if (embeddedKafka()) {
            for (int b = 0; b < kafkaBrokers; b++) {
                String broker = kafkaBrokers == 1 ? "Kafka" : "Kafka broker " + (b + 1);
                ports.add(new PortUse(brokerPort(b), broker, "THIDUA_KAFKA_PORT"));
                ports.add(new PortUse(controllerPort(b), broker + " controller", "THIDUA_KAFKA_CONTROLLER_PORT"));
            }
        }
        if (embeddedMail()) {
            ports.add(new PortUse(smtpPort, "mail server (SMTP)", "THIDUA_SMTP_PORT"));
            ports.add(new PortUse(mailApiPort, "mail server (mailbox API)", "THIDUA_MAIL_API_PORT"));
        }
        if (embeddedKeycloak()) {
            ports.add(new PortUse(keycloakPort, "Keycloak", "THIDUA_KEYCLOAK_PORT"));
        }
        if (!onlyInfra) {
            List<PortUse> management = new ArrayList<>();
            for (int k = 0; k < instances; k++) {
                for (PortUse service : List.of(
                        new PortUse(campaignPort, "campaign-service", "THIDUA_CAMPAIGN_PORT"),
                        new PortUse(blocPort, "bloc-service", "THIDUA_BLOC_PORT"),
                        new PortUse(awardPort, "award-service", "THIDUA_AWARD_PORT"))) {
                    int port = instancePort(service.port(), k);
                    String part = k == 0 ? service.part() : service.part() + "-" + (k + 1);
                    ports.add(new PortUse(port, part, service.envVar()));
                    management.add(new PortUse(managementPort(port), part + " management", service.envVar()));
                }
            }
            ports.add(new PortUse(gatewayPort, "gateway", "THIDUA_GATEWAY_PORT"));
            ports.addAll(management);
            ports.add(new PortUse(managementPort(gatewayPort), "gateway management", "THIDUA_GATEWAY_PORT"));
        }
        return ports;
    }

    /**
     * Where a part's management interface (health, metrics, OpenAPI) listens, on the loopback interface only:
     * its port plus 1000 (the gateway 9080, the services 9081–9083).
     */
    static int managementPort(int port) {
        return port + 1000;
    }

    private static int port(Map<String, String> env, String name, int defaultPort) {
        String value = blankToNull(env.get(name));
        if (value == null) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new StartupException(name + " must be a port number between 1 and 65535, not '" + value + "'.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String orDefault(String s, String def) {
        String v = blankToNull(s);
        return v == null ? def : v;
    }

    /** deploy/launcher/target, found from where this class was loaded (the jar or target/classes). */
    private static Path launcherTarget() {
        try {
            Path location = Path.of(Config.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return location.toAbsolutePath().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path detectRepo(Path launcherTarget) {
        String home = System.getenv("THIDUA_HOME");
        Path repo = home != null && !home.isBlank()
                ? Path.of(home).toAbsolutePath().normalize()
                : launcherTarget.getParent().getParent().getParent();
        if (!Files.isRegularFile(repo.resolve("deploy/keycloak/thidua-realm.json"))) {
            throw new StartupException("Cannot find the repository (looked for deploy/keycloak/thidua-realm.json under "
                    + repo + "). Run the launcher from deploy/launcher/target/launcher.jar or set THIDUA_HOME.");
        }
        return repo;
    }
}
