package vn.thidua.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import vn.thidua.launcher.demo.DemoData;

/**
 * Starts the whole local stack of Thi đua – Khen thưởng and keeps it in the foreground:
 * PostgreSQL (embedded), Kafka (KRaft, one node), Keycloak (realm thidua), campaign-, bloc-, award-service
 * and the gateway. Ctrl-C (SIGINT) or SIGTERM stops everything in reverse order.
 *
 * <pre>java -jar deploy/launcher/target/launcher.jar [--reset] [--only-infra] [--instances N] [--kafka-brokers N]</pre>
 *
 * See deploy/README.md for the environment variables.
 */
public final class Stack {

    static final List<String> DATABASES = List.of("thidua_bloc", "thidua_campaign", "thidua_award", "keycloak");

    /** username, role, full name, unit, position: the same as in deploy/keycloak/thidua-realm.json. */
    static final String[][] DEMO_ACCOUNTS = {
        {"admin.demo", "admin", "Trần Quốc Bảo", "UBND tỉnh Kon Tum", "Quản trị hệ thống"},
        {"officer.demo", "officer", "Nguyễn Thị Hoa", "UBND tỉnh Kon Tum", "Chuyên viên thường trực Hội đồng TĐKT tỉnh"
        },
        {"unitofficer.demo", "unit-officer", "Lê Văn Minh", "Sở Tư pháp tỉnh Kon Tum", "Cán bộ thi đua – khen thưởng"},
        {"leader.demo", "unit-leader", "Hoàng Đức Long", "Sở Tư pháp tỉnh Kon Tum", "Giám đốc Sở"},
        {"council.demo", "council-member", "Đặng Thị Lan", "UBND tỉnh Kon Tum", "Ủy viên Hội đồng TĐKT tỉnh"},
        {"police.officer", "officer", "Võ Minh Tuấn", "Công an tỉnh Kon Tum", "Cán bộ Phòng Công tác Đảng và CTCT"},
        {"daklak.officer", "officer", "Hồ Thị Thu Hà", "UBND tỉnh Đắk Lắk", "Chuyên viên Ban Thi đua – Khen thưởng tỉnh"
        },
        {"thanhtra.leader", "unit-leader", "Phạm Văn Sáu", "Thanh tra tỉnh Đắk Lắk", "Phó Chánh Thanh tra tỉnh"},
        {
            "hdtd01",
            "council-member",
            "Nguyễn Tuấn Hà",
            "UBND tỉnh Đắk Lắk",
            "Chủ tịch Hội đồng TĐKT tỉnh (hdtd03…hdtd15: ủy viên)"
        },
        {"hdtd02", "council-member", "Hồ Thị Thu Hà", "UBND tỉnh Đắk Lắk", "Thư ký Hội đồng TĐKT tỉnh (cũng là officer)"
        },
    };

    static final String DEMO_PASSWORD = "demo123";

    private record Service(String name, String module, int port, String database) {}

    private static final int MAX_RESTARTS = 5;
    private static final Duration RESTART_WINDOW = Duration.ofMinutes(10);
    private static final Duration RESTART_DELAY = Duration.ofSeconds(2);

    private final Config cfg;
    private final Object lifecycle = new Object();
    private final List<Child> children = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final ScheduledExecutorService supervisor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "thidua-supervisor");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean stopping;
    private volatile boolean allStarted;
    private EmbeddedPostgres postgres;
    private final RestartBudget postgresRestarts = new RestartBudget(MAX_RESTARTS, RESTART_WINDOW);
    private FileChannel lockChannel;
    private FileLock lock;
    private boolean keycloakFirstStart;

    private Stack(Config cfg) {
        this.cfg = cfg;
    }

    public static void main(String[] args) {
        if (BackupCommands.handles(args)) {
            System.exit(BackupCommands.run(args));
        }
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h")) {
                Console.print("Usage: " + Config.usage() + "\n"
                        + "  --reset            wipe the data directory first (database, Kafka, Keycloak users, logs)\n"
                        + "  --only-infra       start only PostgreSQL, Kafka and Keycloak (to run a service in dev mode)\n"
                        + "  --instances N      N instances of each service (1–4), the gateway balancing over them\n"
                        + "  --kafka-brokers N  a Kafka cluster of N brokers (1, or 3–5: replication factor N, 2 in sync)\n"
                        + "Environment: see deploy/README.md\n");
                return;
            }
        }
        Config cfg;
        try {
            cfg = Config.load(args);
        } catch (StartupException e) {
            Console.error(e.getMessage());
            System.exit(1);
            return;
        }
        Stack stack = new Stack(cfg);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::shutdown, "thidua-shutdown"));
        try {
            stack.start();
        } catch (Throwable e) {
            if (stack.stopping) {
                stack.awaitStopped(); // a signal arrived during the start: the shutdown hook is at work
                return;
            }
            if (e instanceof StartupException) {
                Console.error(e.getMessage());
            } else {
                Console.error("The launcher failed: " + e);
                e.printStackTrace();
            }
            stack.shutdown();
            System.exit(1);
        }
        stack.awaitStopped();
    }

    // ------------------------------------------------------------------------------------------------ start

    private void start() throws Exception {
        Console.info(Console.bold("Thi đua – Khen thưởng") + ": starting the local stack"
                + (cfg.onlyInfra ? " (infrastructure only)" : "") + "; data in " + cfg.dataDir);
        lockDataDir();
        stopLeftovers();
        checkPorts();
        checkBuilt();
        if (cfg.reset) {
            wipeDataDir();
        }
        prepareDataDir();

        startPostgres();
        startKafka();
        startMail();
        startKeycloak();
        if (!cfg.onlyInfra) {
            startServices();
            if (cfg.demo) {
                loadDemoYear();
            }
        }
        allStarted = true;
        Files.writeString(
                cfg.runDir().resolve("ready"),
                "started=" + Instant.now() + "\n"
                        + (cfg.onlyInfra ? "" : "gateway=http://localhost:" + cfg.gatewayPort + "\n"));
        printBanner();
    }

    /**
     * The demo year (demo/DemoYear), through the gateway as the demo accounts, before the stack is announced ready.
     * A stack whose realm has no demo accounts (an external Keycloak) starts without it.
     */
    private void loadDemoYear() throws IOException {
        long t0 = System.nanoTime();
        DemoData demo = new DemoData(cfg.dataDir, "http://localhost:" + cfg.gatewayPort, cfg.realmUrl(), DEMO_PASSWORD);
        try {
            int chapters = demo.load(Console::info);
            if (chapters > 0) {
                Console.ok("Demo year loaded (" + chapters + " chapters, " + (System.nanoTime() - t0) / 1_000_000_000
                        + " s)");
            }
        } catch (RuntimeException e) {
            Console.warn("The demo year could not be loaded: " + e.getMessage()
                    + "\n  The stack runs without it; ./thidua start --reset starts afresh with it.");
        }
    }

    private void lockDataDir() throws IOException {
        Files.createDirectories(cfg.runDir());
        lockChannel = FileChannel.open(
                cfg.runDir().resolve("launcher.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        lock = lockChannel.tryLock();
        if (lock == null) {
            throw new StartupException("Another launcher is already running with the data directory " + cfg.dataDir
                    + ". Stop it first, or set THIDUA_DATA_DIR to another directory.");
        }
    }

    /** Processes of an earlier run that did not stop (the launcher was killed with SIGKILL, say). */
    private void stopLeftovers() throws IOException {
        Path pids = cfg.runDir().resolve("pids");
        if (!Files.exists(pids)) {
            return;
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(pids));
        java.util.Collections.reverse(lines);
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            if (f.length != 3) {
                continue;
            }
            long pid = Long.parseLong(f[1]);
            long startedAt = Long.parseLong(f[2]);
            Optional<ProcessHandle> ph = ProcessHandle.of(pid);
            if (ph.isEmpty() || !ph.get().isAlive()) {
                continue;
            }
            Optional<Instant> start = ph.get().info().startInstant();
            if (start.isEmpty() || Math.abs(start.get().toEpochMilli() - startedAt) > 2000) {
                continue; // the pid was reused by something else
            }
            Console.warn("Stopping " + f[0] + " (pid " + pid + ") left running by an earlier launcher.");
            List<ProcessHandle> desc = ph.get().descendants().toList();
            ph.get().destroy();
            try {
                ph.get().onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                desc.forEach(ProcessHandle::destroyForcibly);
                ph.get().destroyForcibly();
            }
            desc.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
        Files.delete(pids);
    }

    private void checkPorts() {
        List<String> problems = new ArrayList<>();
        Map<Integer, String> seen = new HashMap<>();
        for (Config.PortUse p : cfg.portsToBind()) {
            String other = seen.putIfAbsent(p.port(), p.part());
            if (other != null) {
                problems.add("Port " + p.port() + " is configured for both " + other + " and " + p.part() + "; set "
                        + p.envVar() + " to another port.");
            } else if (!Net.portFree(p.port())) {
                problems.add("Port " + p.port() + " (" + p.part() + ") is already in use; stop what uses it or set "
                        + p.envVar() + " to another port.");
            }
        }
        if (!problems.isEmpty()) {
            throw new StartupException(String.join("\n" + " ".repeat(13), problems));
        }
    }

    /** Fails before anything starts when a part to run has not been built. */
    private void checkBuilt() {
        List<String> missing = new ArrayList<>();
        if (cfg.embeddedKafka()
                && !Files.isRegularFile(cfg.kafkaLibDir().resolve("kafka_2.13-" + cfg.kafkaVersion + ".jar"))) {
            missing.add(cfg.repoDir.relativize(cfg.kafkaLibDir()) + " (the Kafka broker)");
        }
        if (cfg.embeddedMail() && !Files.isRegularFile(cfg.mailServerJar())) {
            missing.add(cfg.repoDir.relativize(cfg.mailServerJar()) + " (the mail server)");
        }
        if (cfg.embeddedKeycloak() && !Files.isRegularFile(cfg.keycloakHome().resolve("bin/kc.sh"))) {
            missing.add(cfg.repoDir.relativize(cfg.keycloakHome()) + " (Keycloak)");
        }
        if (!cfg.onlyInfra) {
            for (String module : List.of("campaign-service", "bloc-service", "award-service", "gateway")) {
                if (!Files.isRegularFile(cfg.serviceJar(module))) {
                    missing.add(cfg.repoDir.relativize(cfg.serviceJar(module)).toString());
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new StartupException("Not built yet: " + String.join(", ", missing)
                    + ". Run ./thidua start (it builds what changed) or ./mvnw install -DskipTests"
                    + (cfg.onlyInfra ? "" : "; or start only the infrastructure with --only-infra") + ".");
        }
        if (!cfg.onlyInfra && !Files.isRegularFile(cfg.spaDir().resolve("index.html"))) {
            Console.warn("frontend/dist is missing: the gateway will serve no user interface (build it with "
                    + "npm ci && npm run build in frontend/, or use ./thidua start).");
        }
    }

    private void wipeDataDir() throws IOException {
        Path d = cfg.dataDir;
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        if (d.getParent() == null
                || d.equals(home)
                || d.equals(cfg.repoDir)
                || Files.exists(d.resolve("pom.xml"))
                || Files.exists(d.resolve(".git"))) {
            throw new StartupException(
                    "Refusing to wipe " + d + " for --reset: it does not look like a data directory.");
        }
        Console.info("--reset: wiping " + d);
        Path lockFile = cfg.runDir().resolve("launcher.lock");
        try (Stream<Path> walk = Files.walk(d)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (p.equals(d) || p.equals(cfg.runDir()) || p.equals(lockFile)) {
                    continue;
                }
                Files.deleteIfExists(p);
            }
        }
    }

    private void prepareDataDir() throws IOException {
        Files.createDirectories(cfg.logsDir());
        Path ignore = cfg.dataDir.resolve(".gitignore");
        if (!Files.exists(ignore)) {
            Files.writeString(ignore, "# everything here is local state of ./thidua start\n*\n");
        }
        // slf4j-simple (used by the embedded PostgreSQL library) writes to logs/launcher.log, not to the terminal
        System.setProperty(
                "org.slf4j.simpleLogger.logFile",
                cfg.logsDir().resolve("launcher.log").toString());
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
    }

    // ------------------------------------------------------------------------------------------- PostgreSQL

    private void startPostgres() throws Exception {
        long t0 = System.nanoTime();
        if (!cfg.embeddedPostgres()) {
            Console.info("PostgreSQL: using " + cfg.pgHost + ":" + cfg.pgPort + " (THIDUA_PG_HOST)");
            createDatabases();
            Console.ok("PostgreSQL at " + cfg.pgHost + ":" + cfg.pgPort + " has the databases " + DATABASES);
            return;
        }
        Path pgData = cfg.dataDir.resolve("postgres");
        Path log = cfg.logsDir().resolve("postgres.log");
        Child.rotate(log);
        boolean fresh = !Files.exists(pgData.resolve("postgresql.conf"));
        Console.info("PostgreSQL: starting on port " + cfg.pgPort + (fresh ? " (new database cluster)" : ""));
        synchronized (lifecycle) {
            checkNotStopping();
            try {
                postgres = launchPostgres(pgData, log);
            } catch (Exception | ExceptionInInitializerError e) {
                throw new StartupException(
                        "PostgreSQL did not start: " + e.getMessage() + "\n  Log: " + log + "\n" + Child.tail(log, 20),
                        e);
            }
        }
        supervisePostgres(pgData, log);
        createDatabases();
        Console.ok("PostgreSQL ready on localhost:" + cfg.pgPort + " " + took(t0));
    }

    private EmbeddedPostgres launchPostgres(Path pgData, Path log) throws IOException {
        ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(log.toFile());
        return durablePostgres(pgData)
                .setPort(cfg.pgPort)
                .setPGStartupWait(cfg.startTimeout)
                .setOutputRedirector(toLog)
                .setErrorRedirector(toLog)
                .start();
    }

    /**
     * A PostgreSQL that stops without being asked to (killed, out of memory) is started again on the same data: it
     * recovers from its WAL what it had acknowledged, and the services' connection pools reconnect.
     */
    private void supervisePostgres(Path pgData, Path log) {
        ProcessHandle postmaster = postmaster(pgData);
        if (postmaster == null) {
            return;
        }
        recordPid("postgres", postmaster);
        postmaster.onExit().thenAccept(p -> {
            if (!allStarted || stopping) {
                return;
            }
            Console.error("PostgreSQL stopped unexpectedly. Its log: " + log);
            Console.printErr(Child.tail(log, 15));
            if (!postgresRestarts.take(Instant.now())) {
                Console.error(
                        "PostgreSQL stopped " + postgresRestarts.max() + " times within " + RESTART_WINDOW.toMinutes()
                                + " minutes; it is left stopped. Restart the stack once it is fixed.");
                return;
            }
            supervisor.schedule(() -> restartPostgres(pgData, log, 1), RESTART_DELAY.toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    /** Tries again for a while: the killed server's backends must exit and free its shared memory first. */
    private void restartPostgres(Path pgData, Path log, int attempt) {
        synchronized (lifecycle) {
            if (stopping) {
                return;
            }
            try {
                postgres.close();
            } catch (Exception | Error e) {
                // it is gone already; closing releases the data directory's lock
            }
            try {
                postgres = launchPostgres(pgData, log);
            } catch (Exception e) {
                if (attempt < 30) {
                    supervisor.schedule(
                            () -> restartPostgres(pgData, log, attempt + 1),
                            RESTART_DELAY.toMillis(),
                            TimeUnit.MILLISECONDS);
                } else {
                    Console.error("Could not restart PostgreSQL: " + e.getMessage() + "\n  Log: " + log);
                }
                return;
            }
        }
        supervisePostgres(pgData, log);
        Console.warn("Restarted PostgreSQL (restart " + postgresRestarts.used() + " of at most "
                + postgresRestarts.max() + " within " + RESTART_WINDOW.toMinutes()
                + " minutes); it recovered from its write-ahead log.");
    }

    /**
     * The embedded server keeps what it acknowledged: the library starts postgres with -F (fsync off) and
     * synchronous_commit=off for tests; the -c options given here come later on its command line and win.
     */
    static EmbeddedPostgres.Builder durablePostgres(Path pgData) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost");
    }

    private static ProcessHandle postmaster(Path pgData) {
        try {
            String pid =
                    Files.readAllLines(pgData.resolve("postmaster.pid")).get(0).trim();
            return ProcessHandle.of(Long.parseLong(pid)).orElse(null);
        } catch (Exception e) {
            return null;
        }
    }

    private void createDatabases() {
        String url = cfg.jdbcUrl("postgres");
        try (Connection c = DriverManager.getConnection(url, cfg.pgUser, cfg.pgPassword)) {
            for (String db : DATABASES) {
                if (!cfg.embeddedKeycloak() && db.equals("keycloak")) {
                    continue;
                }
                if (databaseExists(c, db)) {
                    continue;
                }
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE \"" + db + "\" ENCODING 'UTF8'");
                    if (db.equals("keycloak")) {
                        keycloakFirstStart = true;
                    }
                } catch (SQLException e) {
                    throw new StartupException(
                            "The database " + db + " does not exist and user " + cfg.pgUser + " may not create it ("
                                    + e.getMessage().trim() + "). Create it, or give the user CREATEDB.");
                }
            }
        } catch (SQLException e) {
            throw new StartupException("Cannot connect to PostgreSQL at " + url + " as " + cfg.pgUser + ": "
                    + e.getMessage().trim()
                    + ". Check THIDUA_PG_HOST, THIDUA_PG_PORT, THIDUA_PG_USER, THIDUA_PG_PASSWORD.");
        }
    }

    private static boolean databaseExists(Connection c, String db) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, db);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ Kafka

    private void startKafka() throws Exception {
        if (!cfg.embeddedKafka()) {
            String first = cfg.kafkaBootstrapExternal.split(",")[0].trim();
            int colon = first.lastIndexOf(':');
            String host = colon > 0 ? first.substring(0, colon) : first;
            int port = colon > 0 ? Integer.parseInt(first.substring(colon + 1)) : 9092;
            if (!Net.accepts(host, port, 5000)) {
                throw new StartupException("Kafka at " + first + " (THIDUA_KAFKA_BOOTSTRAP) does not answer.");
            }
            Console.ok("Kafka: using " + cfg.kafkaBootstrapExternal + " (THIDUA_KAFKA_BOOTSTRAP)");
            return;
        }
        long t0 = System.nanoTime();
        List<Path> nodeDirs = new ArrayList<>();
        for (int b = 0; b < cfg.kafkaBrokers; b++) {
            nodeDirs.add(
                    cfg.kafkaBrokers == 1
                            ? cfg.dataDir.resolve("kafka")
                            : cfg.dataDir.resolve("kafka-cluster/node-" + (b + 1)));
        }
        Path other = cfg.kafkaBrokers == 1 ? cfg.dataDir.resolve("kafka-cluster") : cfg.dataDir.resolve("kafka");
        if (Files.exists(other)) {
            throw new StartupException(
                    "This data directory holds a Kafka of " + (cfg.kafkaBrokers == 1 ? "several brokers" : "one broker")
                            + " (" + other
                            + "); its events and consumer positions stay with it. Start with the same --kafka-brokers, "
                            + "or with --reset to start over.");
        }
        String template =
                Files.readString(cfg.repoDir.resolve("deploy/kafka/server.properties"), StandardCharsets.UTF_8);
        List<String> voters = new ArrayList<>();
        for (int b = 0; b < cfg.kafkaBrokers; b++) {
            voters.add((b + 1) + "@localhost:" + cfg.controllerPort(b));
        }
        String clusterId = newClusterId();
        List<Child> nodes = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        Console.info("Kafka " + cfg.kafkaVersion + ": starting "
                + (cfg.kafkaBrokers == 1
                        ? "on port " + cfg.kafkaPort
                        : cfg.kafkaBrokers + " brokers on " + cfg.kafkaBootstrap() + " (replication factor "
                                + cfg.kafkaBrokers + ", writes acknowledged by 2)"));
        for (int b = 0; b < cfg.kafkaBrokers; b++) {
            String name = cfg.kafkaBrokers == 1 ? "kafka" : "kafka-" + (b + 1);
            Path kafkaDir = nodeDirs.get(b);
            Path logDirs = kafkaDir.resolve("data");
            Files.createDirectories(logDirs);
            Path props = kafkaDir.resolve("server.properties");
            Files.writeString(
                    props,
                    renderKafkaConfig(
                            template,
                            b + 1,
                            cfg.brokerPort(b),
                            cfg.controllerPort(b),
                            String.join(",", voters),
                            cfg.kafkaBrokers,
                            logDirs));
            formatKafkaStorage(name, kafkaDir, props, clusterId);
            Path log = cfg.logsDir().resolve(name + ".log");
            logs.add(log);
            nodes.add(spawn(
                    name,
                    List.of(
                            cfg.javaExecutable,
                            "-Xms64m",
                            cfg.kafkaBrokers == 1 ? "-Xmx512m" : "-Xmx256m",
                            "-XX:+UseG1GC",
                            "-Djava.awt.headless=true",
                            "-Dfile.encoding=UTF-8",
                            "-Dlog4j2.configurationFile=" + cfg.repoDir.resolve("deploy/kafka/log4j2.properties"),
                            "-Dkafka.logs.dir=" + cfg.logsDir().resolve(name),
                            "-cp",
                            cfg.kafkaLibDir() + "/*",
                            "kafka.Kafka",
                            props.toString()),
                    Map.of(),
                    kafkaDir,
                    log,
                    Duration.ofSeconds(45)));
        }
        await("Kafka", nodes, cfg.startTimeout, () -> {
            for (int b = 0; b < cfg.kafkaBrokers; b++) {
                if (!Net.acceptsLocal(cfg.brokerPort(b)) || !logContains(logs.get(b), "Kafka Server started")) {
                    return false;
                }
            }
            return true;
        });
        Console.ok("Kafka ready on " + cfg.kafkaBootstrap() + " " + took(t0));
    }

    /** On a node's first start: its storage, with the cluster's id (the same on every node of a new cluster). */
    private void formatKafkaStorage(String name, Path kafkaDir, Path props, String clusterId) throws Exception {
        if (Files.exists(kafkaDir.resolve("data/meta.properties"))) {
            return;
        }
        Console.info(name + ": formatting the storage (first start)");
        Path formatLog = cfg.logsDir().resolve(name + "-format.log");
        Child format = Child.start(
                name + "-format",
                List.of(
                        cfg.javaExecutable,
                        "-Xmx256m",
                        "-Dlog4j2.configurationFile=" + cfg.repoDir.resolve("deploy/kafka/log4j2.properties"),
                        "-cp",
                        cfg.kafkaLibDir() + "/*",
                        "kafka.tools.StorageTool",
                        "format",
                        "--cluster-id",
                        clusterId,
                        "--config",
                        props.toString()),
                System.getenv(),
                kafkaDir,
                formatLog,
                Duration.ofSeconds(10),
                new RestartBudget(0, Duration.ZERO));
        if (!format.process.waitFor(cfg.startTimeout.toSeconds(), TimeUnit.SECONDS)
                || format.process.exitValue() != 0) {
            format.stop();
            throw new StartupException(
                    "Formatting the Kafka storage failed. Log: " + formatLog + "\n" + format.tail(20));
        }
    }

    static String renderKafkaConfig(
            String template, int nodeId, int port, int controllerPort, String quorumVoters, int brokers, Path logDirs) {
        return template.replace("@NODE_ID@", Integer.toString(nodeId))
                .replace("@KAFKA_PORT@", Integer.toString(port))
                .replace("@CONTROLLER_PORT@", Integer.toString(controllerPort))
                .replace("@QUORUM_VOTERS@", quorumVoters)
                .replace("@REPLICATION_FACTOR@", Integer.toString(brokers))
                .replace("@MIN_INSYNC@", Integer.toString(Math.min(brokers, 2)))
                .replace("@LOG_DIRS@", logDirs.toAbsolutePath().toString());
    }

    /**
     * A Kafka cluster id: 16 random bytes, URL-safe base64 without padding (what kafka-storage random-uuid prints).
     * Like Kafka's own Uuid.randomUuid, never one that starts with "-": the storage tool would read it as an option.
     */
    static String newClusterId() {
        SecureRandom random = new SecureRandom();
        String id;
        do {
            byte[] b = new byte[16];
            random.nextBytes(b);
            b[6] = (byte) ((b[6] & 0x0f) | 0x40);
            b[8] = (byte) ((b[8] & 0x3f) | 0x80);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        } while (id.startsWith("-"));
        return id;
    }

    // ------------------------------------------------------------------------------------------ mail server

    /**
     * GreenMail as the local SMTP server: it takes every message (no accounts, no authentication) and keeps it in
     * memory, readable through its HTTP API; Keycloak's realm sends its mail there (invitations, password resets).
     */
    private void startMail() throws Exception {
        if (!cfg.embeddedMail()) {
            Console.ok("Mail: Keycloak sends through " + cfg.smtpHostExternal + ":" + cfg.smtpPort
                    + " (THIDUA_SMTP_HOST)");
            return;
        }
        long t0 = System.nanoTime();
        Child mail = spawn(
                "mail",
                List.of(
                        cfg.javaExecutable,
                        "-Xmx96m",
                        "-XX:+UseSerialGC",
                        "-Dgreenmail.smtp.hostname=127.0.0.1",
                        "-Dgreenmail.smtp.port=" + cfg.smtpPort,
                        "-Dgreenmail.api.hostname=127.0.0.1",
                        "-Dgreenmail.api.port=" + cfg.mailApiPort,
                        "-Dgreenmail.auth.disabled",
                        "-jar",
                        cfg.mailServerJar().toString()),
                Map.of(),
                cfg.dataDir,
                cfg.logsDir().resolve("mail.log"),
                Duration.ofSeconds(5));
        String ready = "http://127.0.0.1:" + cfg.mailApiPort + "/api/service/readiness";
        await("mail server", List.of(mail), cfg.startTimeout, () -> Net.ok(ready));
        Console.ok("Mail server (GreenMail) ready: SMTP on port " + cfg.smtpPort + ", mailbox on " + cfg.mailboxUrl()
                + " " + took(t0));
    }

    // --------------------------------------------------------------------------------------------- Keycloak

    private void startKeycloak() throws Exception {
        if (!cfg.embeddedKeycloak()) {
            String wellKnown = cfg.realmUrl() + "/.well-known/openid-configuration";
            if (!Net.ok(wellKnown)) {
                throw new StartupException("Keycloak at " + cfg.keycloakUrlExternal
                        + " (THIDUA_KEYCLOAK_URL) has no realm " + "'thidua' (no answer 200 from " + wellKnown
                        + "). Import deploy/keycloak/thidua-realm.json there.");
            }
            Console.ok("Keycloak: using " + cfg.keycloakUrlExternal + " (THIDUA_KEYCLOAK_URL)");
            return;
        }
        long t0 = System.nanoTime();
        Path home = cfg.keycloakHome();
        Path importDir = home.resolve("data/import");
        Files.createDirectories(importDir);
        Files.copy(
                cfg.realmFile(),
                importDir.resolve("thidua-realm.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        copyTree(cfg.realmFile().resolveSibling("themes"), home.resolve("themes"));

        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx512m");
        env.put("KC_DB", "postgres");
        env.put("KC_DB_URL", cfg.jdbcUrl("keycloak"));
        env.put("KC_DB_USERNAME", cfg.pgUser);
        env.put("KC_DB_PASSWORD", cfg.pgPassword);
        env.put("KC_HTTP_PORT", Integer.toString(cfg.keycloakPort));
        env.put("KC_HOSTNAME", "http://localhost:" + cfg.keycloakPort);
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        env.put("KC_LOG_CONSOLE_COLOR", "false");
        // the realm's mail server, read by the realm import's placeholders (first start only)
        env.put("THIDUA_SMTP_HOST", cfg.embeddedMail() ? "localhost" : cfg.smtpHostExternal);
        env.put("THIDUA_SMTP_PORT", Integer.toString(cfg.smtpPort));

        Console.info("Keycloak " + cfg.keycloakVersion + ": starting on port " + cfg.keycloakPort
                + (keycloakFirstStart ? " (first start: builds Keycloak and imports the realm, 1–2 minutes)" : ""));
        Path log = cfg.logsDir().resolve("keycloak.log");
        Child kc = spawnWithout(
                "keycloak",
                List.of(
                        "sh",
                        home.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--import-realm",
                        "--http-port=" + cfg.keycloakPort),
                env,
                home,
                log,
                Duration.ofSeconds(40),
                "JAVA_OPTS",
                "JAVA_OPTS_APPEND",
                "JAVA_ADD_OPENS");
        String wellKnown = cfg.realmUrl() + "/.well-known/openid-configuration";
        await("Keycloak", List.of(kc), cfg.keycloakStartTimeout, () -> Net.ok(wellKnown));
        Console.ok("Keycloak ready on " + cfg.keycloakBaseUrl() + " (realm thidua) " + took(t0));
    }

    /** The realm's own themes (the sign-in page) next to Keycloak's; start-dev reads them without a cache. */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    // --------------------------------------------------------------------------------- services and gateway

    private void startServices() throws Exception {
        long t0 = System.nanoTime();
        List<Service> kinds = List.of(
                new Service("campaign-service", "campaign-service", cfg.campaignPort, "thidua_campaign"),
                new Service("bloc-service", "bloc-service", cfg.blocPort, "thidua_bloc"),
                new Service("award-service", "award-service", cfg.awardPort, "thidua_award"));
        // instance k of a service: its port plus 100·k, named <service>-<k+1> after the first
        List<Service> services = new ArrayList<>();
        for (int k = 0; k < cfg.instances; k++) {
            for (Service kind : kinds) {
                services.add(new Service(
                        k == 0 ? kind.name() : kind.name() + "-" + (k + 1),
                        kind.module(),
                        Config.instancePort(kind.port(), k),
                        kind.database()));
            }
        }
        Console.info("Starting "
                + String.join(
                        ", ",
                        services.stream()
                                .map(s -> s.name() + " (" + s.port() + ")")
                                .toList()));
        Map<Service, Child> started = new LinkedHashMap<>();
        for (Service s : services) {
            Map<String, String> env = new HashMap<>();
            env.put("QUARKUS_HTTP_PORT", Integer.toString(s.port()));
            env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(Config.managementPort(s.port())));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", cfg.jdbcUrl(s.database()));
            env.put("QUARKUS_DATASOURCE_USERNAME", cfg.pgUser);
            env.put("QUARKUS_DATASOURCE_PASSWORD", cfg.pgPassword);
            env.put("KAFKA_BOOTSTRAP_SERVERS", cfg.kafkaBootstrap());
            env.put("QUARKUS_OIDC_AUTH_SERVER_URL", cfg.realmUrl());
            if (s.module().equals("bloc-service")) {
                // accounts: Keycloak's admin API, and the app the invitation's link leads back to
                env.put("QUARKUS_KEYCLOAK_ADMIN_CLIENT_SERVER_URL", cfg.keycloakBaseUrl());
                env.put("THIDUA_APP_URL", "http://localhost:" + cfg.gatewayPort);
                // its notices by e-mail, through the same SMTP server as the realm's mail
                env.put("QUARKUS_MAILER_HOST", cfg.embeddedMail() ? "localhost" : cfg.smtpHostExternal);
                env.put("QUARKUS_MAILER_PORT", Integer.toString(cfg.smtpPort));
            }
            if (s.name().equals("bloc-service") && cfg.demo) {
                env.put("THIDUA_DEMO_DATA", "true");
            }
            started.put(s, startQuarkus(s.name(), s.module(), env));
        }
        Set<Service> ready = new LinkedHashSet<>();
        await(
                "the services",
                List.copyOf(started.values()),
                cfg.startTimeout,
                () -> {
                    for (Service s : services) {
                        if (!ready.contains(s) && Net.ok(management(s.port()) + "/q/health/ready")) {
                            ready.add(s);
                            Console.ok(s.name() + " ready on http://localhost:" + s.port() + " " + took(t0));
                        }
                    }
                    return ready.size() == services.size();
                },
                () -> services.stream()
                        .filter(s -> !ready.contains(s))
                        .map(s -> started.get(s))
                        .toList());

        long t1 = System.nanoTime();
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(cfg.gatewayPort));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(Config.managementPort(cfg.gatewayPort)));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", cfg.realmUrl());
        for (Service kind : kinds) {
            String key = kind.name().replace("-service", "").toUpperCase(java.util.Locale.ROOT);
            List<Service> instances = services.stream()
                    .filter(s -> s.module().equals(kind.module()))
                    .toList();
            env.put(
                    "THIDUA_ROUTES_" + key,
                    String.join(
                            ",",
                            instances.stream()
                                    .map(s -> "http://localhost:" + s.port())
                                    .toList()));
            env.put(
                    "THIDUA_MANAGEMENT_" + key,
                    String.join(
                            ",",
                            instances.stream().map(s -> management(s.port())).toList()));
        }
        env.put("THIDUA_SPA_DIR", cfg.spaDir().toString());
        env.put("THIDUA_SPA_OIDC_AUTHORITY", cfg.realmUrl());
        env.put("THIDUA_SPA_OIDC_CLIENT_ID", "thidua-spa");
        Console.info("Starting the gateway (" + cfg.gatewayPort + ")");
        Child gw = startQuarkus("gateway", "gateway", env);
        await(
                "the gateway",
                List.of(gw),
                cfg.startTimeout,
                () -> Net.ok(management(cfg.gatewayPort) + "/q/health/ready"));
        Console.ok("gateway ready on http://localhost:" + cfg.gatewayPort + " " + took(t1));
    }

    /** a part's management interface, bound to the loopback interface (Config.managementPort) */
    private static String management(int port) {
        return "http://127.0.0.1:" + Config.managementPort(port);
    }

    /**
     * A service's JVM sized for a small machine: the serial collector and two malloc arenas keep the memory
     * beside the heap small (G1's structures and one arena per thread cost more than the heap saves), and the
     * class-data archive the build made (quarkus.package.jar.appcds), when there is one, spares loading and
     * verifying the classes again. The archive records the class path as the build ran it, so the service runs
     * from its application folder with the same relative path (launcher.part names it in the process list).
     */
    private Child startQuarkus(String name, String module, Map<String, String> env) throws IOException {
        Path jar = cfg.serviceJar(module);
        List<String> command = new ArrayList<>(List.of(
                cfg.javaExecutable,
                "-Xms32m",
                "-Xmx192m",
                "-XX:+UseSerialGC",
                "-XX:ReservedCodeCacheSize=64m",
                "-Xss512k",
                "-Dlauncher.part=" + name,
                "-Dfile.encoding=UTF-8",
                "-Dsun.stdout.encoding=UTF-8",
                "-Dsun.stderr.encoding=UTF-8"));
        if (Files.isRegularFile(jar.resolveSibling("app-cds.jsa"))) {
            command.add("-XX:SharedArchiveFile=app-cds.jsa");
        }
        command.addAll(List.of("-jar", jar.getFileName().toString()));
        Map<String, String> full = new HashMap<>(env);
        full.put("MALLOC_ARENA_MAX", "2");
        return spawn(
                name, command, full, jar.getParent(), cfg.logsDir().resolve(name + ".log"), Duration.ofSeconds(30));
    }

    // ----------------------------------------------------------------------------------- child processes

    private Child spawn(
            String name, List<String> command, Map<String, String> env, Path workDir, Path log, Duration stopTimeout)
            throws IOException {
        return spawnWithout(name, command, env, workDir, log, stopTimeout);
    }

    /** Starts a child with the launcher's environment plus {@code env}, less the variables named in {@code drop}. */
    private Child spawnWithout(
            String name,
            List<String> command,
            Map<String, String> env,
            Path workDir,
            Path log,
            Duration stopTimeout,
            String... drop)
            throws IOException {
        Map<String, String> full = new HashMap<>(System.getenv());
        for (String d : drop) {
            full.remove(d);
        }
        full.putAll(env);
        full.entrySet().removeIf(e -> e.getValue().isEmpty());
        synchronized (lifecycle) {
            checkNotStopping();
            Child child = Child.start(
                    name, command, full, workDir, log, stopTimeout, new RestartBudget(MAX_RESTARTS, RESTART_WINDOW));
            children.add(child);
            recordPid(name, child.process.toHandle());
            supervise(child);
            return child;
        }
    }

    /**
     * Once the stack is up, a part that stops without being asked to (a crash, a kill, an OOM) is started
     * again with the same command, as a service manager would; a part that keeps crashing is left down.
     */
    private void supervise(Child child) {
        child.process.onExit().thenAccept(p -> {
            if (!allStarted || stopping || child.stopRequested()) {
                return;
            }
            Console.error(
                    child.name + " stopped unexpectedly (exit code " + p.exitValue() + "). Its log: " + child.log);
            Console.printErr(child.tail(15));
            if (!child.restarts.take(Instant.now())) {
                Console.error(
                        child.name + " stopped " + child.restarts.max() + " times within " + RESTART_WINDOW.toMinutes()
                                + " minutes; it is left stopped. Restart the stack once it is fixed.");
                return;
            }
            supervisor.schedule(() -> restart(child), RESTART_DELAY.toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    private void restart(Child crashed) {
        Child fresh;
        synchronized (lifecycle) {
            int index = children.indexOf(crashed);
            if (stopping || index < 0) {
                return;
            }
            try {
                fresh = crashed.restart();
            } catch (IOException e) {
                Console.error("Could not restart " + crashed.name + ": " + e.getMessage());
                return;
            }
            children.set(index, fresh);
            recordPid(fresh.name, fresh.process.toHandle());
            supervise(fresh);
        }
        Console.warn("Restarted " + fresh.name + " (pid " + fresh.pid() + ", restart " + fresh.restarts.used()
                + " of at most " + fresh.restarts.max() + " within " + RESTART_WINDOW.toMinutes() + " minutes).");
    }

    private void recordPid(String name, ProcessHandle ph) {
        long start = ph.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        try {
            Files.writeString(
                    cfg.runDir().resolve("pids"),
                    name + " " + ph.pid() + " " + start + "\n",
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            // only used to clean up after a crash
        }
    }

    private void await(String what, List<Child> own, Duration timeout, BooleanSupplier ready)
            throws InterruptedException {
        await(what, own, timeout, ready, () -> own);
    }

    /**
     * Polls {@code ready} until it holds. Fails at once when any child dies, and after {@code timeout}
     * with the tail of the log of each child still waited for ({@code pending}).
     */
    private void await(
            String what,
            List<Child> own,
            Duration timeout,
            BooleanSupplier ready,
            java.util.function.Supplier<List<Child>> pending)
            throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        long nextNote = start + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            checkNotStopping();
            List<Child> all;
            synchronized (lifecycle) {
                all = List.copyOf(children);
            }
            for (Child c : all) {
                if (!c.isAlive()) {
                    throw new StartupException(c.name + " exited during the start (exit code " + c.process.exitValue()
                            + "). Its log: " + c.log + "\n" + c.tail(25));
                }
            }
            if (ready.getAsBoolean()) {
                return;
            }
            long now = System.nanoTime();
            if (now > deadline) {
                StringBuilder sb = new StringBuilder(
                        what + " did not become ready within " + timeout.toSeconds() + " s (THIDUA_START_TIMEOUT).");
                for (Child c : pending.get()) {
                    sb.append("\n  Log of ")
                            .append(c.name)
                            .append(": ")
                            .append(c.log)
                            .append('\n')
                            .append(c.tail(15));
                }
                throw new StartupException(sb.toString());
            }
            if (now > nextNote) {
                Console.info(
                        "  … still waiting for " + what + " (" + TimeUnit.NANOSECONDS.toSeconds(now - start) + " s)");
                nextNote = now + TimeUnit.SECONDS.toNanos(30);
            }
            Thread.sleep(500);
        }
    }

    private void checkNotStopping() {
        if (stopping) {
            throw new StartupException("stopping");
        }
    }

    private static boolean logContains(Path log, String text) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private static String took(long t0) {
        return String.format("(%.1f s)", (System.nanoTime() - t0) / 1e9);
    }

    // ------------------------------------------------------------------------------------------------- stop

    private void shutdown() {
        synchronized (lifecycle) {
            if (stopping) {
                // another thread is stopping the stack; wait for it so the JVM does not exit in the middle
                awaitStoppedQuietly();
                return;
            }
            stopping = true;
        }
        supervisor.shutdownNow();
        try {
            Files.deleteIfExists(cfg.runDir().resolve("ready"));
        } catch (IOException ignored) {
            // nothing to do
        }
        List<Child> toStop;
        synchronized (lifecycle) {
            toStop = new ArrayList<>(children);
        }
        if (!toStop.isEmpty() || postgres != null) {
            Console.info("Stopping the stack …");
        }
        // the gateway first, then every service instance at once, Keycloak, every Kafka node at once
        Map<Integer, List<Child>> tiers = new java.util.TreeMap<>(Comparator.reverseOrder());
        for (Child c : toStop) {
            tiers.computeIfAbsent(tier(c.name), t -> new ArrayList<>()).add(c);
        }
        for (List<Child> tier : tiers.values()) {
            List<Thread> stopping = new ArrayList<>();
            for (Child c : tier) {
                if (c.isAlive()) {
                    Thread t = new Thread(
                            () -> {
                                long t0 = System.nanoTime();
                                c.stop();
                                Console.info("  stopped " + c.name + " " + took(t0));
                            },
                            "stop-" + c.name);
                    t.start();
                    stopping.add(t);
                }
            }
            for (Thread t : stopping) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        if (postgres != null) {
            long t0 = System.nanoTime();
            try {
                postgres.close();
            } catch (Exception e) {
                Console.warn("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            Console.info("  stopped PostgreSQL " + took(t0));
        }
        try {
            Files.deleteIfExists(cfg.runDir().resolve("pids"));
            if (lock != null) {
                lock.release();
                lockChannel.close();
            }
        } catch (IOException ignored) {
            // nothing to do
        }
        if (!toStop.isEmpty() || postgres != null) {
            Console.ok("Stopped.");
        }
        stopped.countDown();
    }

    /** The order parts start in: they stop in the reverse one, the parts of one tier together. */
    private static int tier(String name) {
        if (name.startsWith("kafka")) {
            return 0;
        }
        if (name.equals("keycloak")) {
            return 1;
        }
        return name.equals("gateway") ? 3 : 2;
    }

    private void awaitStopped() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitStoppedQuietly() {
        try {
            stopped.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ----------------------------------------------------------------------------------------------- banner

    private void printBanner() {
        String line = "─".repeat(78);
        StringBuilder sb = new StringBuilder();
        sb.append('\n').append(line).append('\n');
        if (cfg.onlyInfra) {
            sb.append("  ")
                    .append(Console.bold("Infrastructure is up (--only-infra)"))
                    .append("\n\n");
        } else {
            sb.append("  ")
                    .append(Console.bold("Thi đua – Khen thưởng is running"))
                    .append("\n\n");
            sb.append(row("Application", "http://localhost:" + cfg.gatewayPort));
            sb.append(row("Swagger UI", "http://localhost:" + cfg.gatewayPort + "/api/v1/swagger-ui"));
            if (cfg.instances > 1) {
                sb.append(row(
                        "Instances",
                        cfg.instances + " of each service, ports +100 each (bloc-service " + cfg.blocPort + ", "
                                + Config.instancePort(cfg.blocPort, 1) + (cfg.instances > 2 ? ", …" : "") + ")"));
            }
        }
        if (cfg.embeddedMail()) {
            sb.append(row("Mailbox (GreenMail)", cfg.mailboxUrl() + "   (mail the realm sent: invitations)"));
        }
        if (cfg.embeddedKeycloak()) {
            sb.append(row("Keycloak admin", cfg.keycloakBaseUrl() + "/admin   (admin / admin)"));
        }
        sb.append(row("Realm (OIDC)", cfg.realmUrl()));
        sb.append(row(
                "PostgreSQL",
                cfg.pgHostOrLocal() + ":" + cfg.pgPort + "   (" + cfg.pgUser + " / "
                        + (cfg.embeddedPostgres() ? cfg.pgPassword : "***") + ")  " + String.join(", ", DATABASES)));
        sb.append(row("Kafka", cfg.kafkaBootstrap()));
        sb.append(row("Data, logs", cfg.dataDir + ", " + cfg.logsDir()));
        sb.append("\n  Demo accounts (password ").append(DEMO_PASSWORD).append("):\n");
        sb.append(String.format("    %-17s %-15s %-16s %s%n", "username", "role", "name", "unit"));
        for (String[] a : DEMO_ACCOUNTS) {
            sb.append(String.format("    %-17s %-15s %-16s %s%n", a[0], a[1], a[2], a[3]));
        }
        if (cfg.onlyInfra) {
            sb.append("\n  Run a service in Quarkus dev mode against it, e.g.:\n")
                    .append("    QUARKUS_HTTP_PORT=")
                    .append(cfg.blocPort)
                    .append(" QUARKUS_DATASOURCE_JDBC_URL=")
                    .append(cfg.jdbcUrl("thidua_bloc"))
                    .append(" \\\n")
                    .append("    QUARKUS_DATASOURCE_USERNAME=")
                    .append(cfg.pgUser)
                    .append(" QUARKUS_DATASOURCE_PASSWORD=")
                    .append(cfg.pgPassword)
                    .append(" KAFKA_BOOTSTRAP_SERVERS=")
                    .append(cfg.kafkaBootstrap())
                    .append(" \\\n")
                    .append("    QUARKUS_OIDC_AUTH_SERVER_URL=")
                    .append(cfg.realmUrl())
                    .append(" THIDUA_DEMO_DATA=true \\\n")
                    .append("    ./mvnw -pl bloc-service quarkus:dev\n");
        }
        sb.append("\n  Press Ctrl-C to stop everything.\n").append(line).append('\n');
        Console.print(sb.toString());
    }

    private static String row(String label, String value) {
        return String.format("  %-16s %s%n", label, value);
    }
}
