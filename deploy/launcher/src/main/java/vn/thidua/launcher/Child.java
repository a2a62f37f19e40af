package vn.thidua.launcher;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child process of the stack (Kafka, Keycloak, a service): its output goes to {@code <data>/logs/<name>.log}.
 * On Linux it runs in its own session ({@code setsid}), so a Ctrl-C in the terminal reaches only the launcher,
 * which then stops the children one by one in reverse order.
 */
final class Child {

    private static final String SETSID = findSetsid();

    final String name;
    final Process process;
    final Path log;
    final Duration stopTimeout;
    /** Shared by this child and the ones that replace it after a crash. */
    final RestartBudget restarts;

    private final List<String> command;
    private final Map<String, String> env;
    private final Path workDir;
    private volatile boolean stopRequested;

    private Child(
            String name,
            Process process,
            Path log,
            Duration stopTimeout,
            RestartBudget restarts,
            List<String> command,
            Map<String, String> env,
            Path workDir) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.stopTimeout = stopTimeout;
        this.restarts = restarts;
        this.command = command;
        this.env = env;
        this.workDir = workDir;
    }

    /** Starts {@code command} with exactly the environment {@code env}. */
    static Child start(
            String name,
            List<String> command,
            Map<String, String> env,
            Path workDir,
            Path log,
            Duration stopTimeout,
            RestartBudget restarts)
            throws IOException {
        rotate(log);
        return new Child(
                name,
                launch(command, env, workDir, log),
                log,
                stopTimeout,
                restarts,
                List.copyOf(command),
                Map.copyOf(env),
                workDir);
    }

    /** Starts the same command again after a crash; the log goes on in the same file, after a marker line. */
    Child restart() throws IOException {
        Files.writeString(
                log,
                "\n==== restarted by the launcher at " + java.time.Instant.now() + " ====\n\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        return new Child(name, launch(command, env, workDir, log), log, stopTimeout, restarts, command, env, workDir);
    }

    private static Process launch(List<String> command, Map<String, String> env, Path workDir, Path log)
            throws IOException {
        List<String> cmd = new ArrayList<>();
        if (SETSID != null) {
            cmd.add(SETSID);
        }
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.directory(workDir.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        return pb.start();
    }

    /** Keeps the previous run's log as {@code <name>.log.1}. */
    static void rotate(Path log) throws IOException {
        Files.createDirectories(log.getParent());
        if (Files.exists(log) && Files.size(log) > 0) {
            Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    boolean stopRequested() {
        return stopRequested;
    }

    /** Asks the process to stop (SIGTERM), waits up to {@link #stopTimeout}, then kills it and what it started. */
    void stop() {
        stopRequested = true;
        List<ProcessHandle> descendants = process.descendants().toList();
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(stopTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    Console.warn(name + " did not stop within " + stopTimeout.toSeconds() + " s; killing it.");
                    descendants.forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        // whatever the process started and left behind (e.g. the JVM under Keycloak's kc.sh)
        for (ProcessHandle d : descendants) {
            if (d.isAlive()) {
                d.destroy();
                try {
                    d.onExit().get(5, TimeUnit.SECONDS);
                } catch (Exception e) {
                    d.destroyForcibly();
                }
            }
        }
    }

    /** The last lines of the log, to show why a part failed. */
    String tail(int lines) {
        return tail(log, lines);
    }

    static String tail(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long len = raf.length();
            long from = Math.max(0, len - 16_384);
            raf.seek(from);
            byte[] buf = new byte[(int) (len - from)];
            raf.readFully(buf);
            String text = new String(buf, StandardCharsets.UTF_8);
            String[] all = text.split("\r?\n");
            int start = Math.max(0, all.length - lines);
            StringBuilder sb = new StringBuilder();
            for (int i = start; i < all.length; i++) {
                sb.append("    | ").append(all[i]).append('\n');
            }
            return sb.toString();
        } catch (IOException e) {
            return "";
        }
    }

    private static String findSetsid() {
        for (String p : new String[] {"/usr/bin/setsid", "/bin/setsid"}) {
            if (Files.isExecutable(Path.of(p))) {
                return p;
            }
        }
        return null;
    }
}
