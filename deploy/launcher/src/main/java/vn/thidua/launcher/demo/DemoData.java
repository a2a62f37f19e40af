package vn.thidua.launcher.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Loads the demo year into a freshly started local stack, once: each chapter of {@link DemoYear} that completes is
 * written to {@code <data>/demo/progress.properties} with the ids later chapters need, so a restart goes on with what
 * is left and a loaded stack is left alone. Never part of a deployment: only the local launcher calls it.
 */
public final class DemoData {

    /** The province's day: the story's dates are Vietnam's. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Path progressFile;
    private final DemoApi api;

    public DemoData(Path dataDir, String gatewayUrl, String realmUrl, String password) {
        this.progressFile = dataDir.resolve("demo").resolve("progress.properties");
        this.api = new DemoApi(gatewayUrl, realmUrl, password);
    }

    /** Loads what is not loaded yet; returns how many chapters it ran. */
    public int load(Consumer<String> log) throws IOException {
        Properties progress = read();
        Map<String, String> ids = new LinkedHashMap<>();
        progress.stringPropertyNames().stream()
                .filter(k -> !k.startsWith("done.") && !k.equals("year"))
                .forEach(k -> ids.put(k, progress.getProperty(k)));
        DemoYear year = new DemoYear(api, Clock.system(ZONE), ids);
        String started = progress.getProperty("year");
        if (started != null && !started.equals(Integer.toString(year.y))) {
            // a story begun in another year is not continued: its dates would not meet
            log.accept("demo year " + started + " was loaded earlier; nothing added");
            return 0;
        }
        int ran = 0;
        for (Map.Entry<String, Runnable> chapter : year.chapters()) {
            if (progress.getProperty("done." + chapter.getKey()) != null) {
                continue;
            }
            log.accept("demo year " + year.y + ": " + chapter.getKey());
            chapter.getValue().run();
            progress.putAll(ids);
            progress.setProperty("done." + chapter.getKey(), "true");
            progress.setProperty("year", Integer.toString(year.y));
            write(progress);
            ran++;
        }
        return ran;
    }

    private Properties read() throws IOException {
        Properties p = new Properties();
        if (Files.exists(progressFile)) {
            try (Reader r = Files.newBufferedReader(progressFile, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    private void write(Properties p) throws IOException {
        Files.createDirectories(progressFile.getParent());
        Path tmp = progressFile.resolveSibling("progress.properties.tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "demo data loaded into this stack (./thidua start --reset loads it afresh)");
        }
        Files.move(tmp, progressFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
