package vn.thidua.launcher;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Backups of the local stack's PostgreSQL cluster, taken while it runs: every service database and Keycloak's
 * (the realm, its users and their password hashes) at one consistent moment. PostgreSQL's own online base backup
 * (pg_backup_start/pg_backup_stop: the data files, the backup label and the WAL written meanwhile, kept by a
 * temporary replication slot), written to a zip with a manifest (backup.properties) and the SHA-256 of every file
 * (SHA256SUMS, in the format of sha256sum -c). A restore checks every checksum before it touches anything.
 */
final class Backups {

    static final String SUMS = "SHA256SUMS";
    static final String MANIFEST = "backup.properties";
    static final String ROOT = "postgres/";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** PostgreSQL's run-time state: rebuilt on start, left out of a base backup (its directories are kept) */
    private static final Set<String> EMPTIED = Set.of(
            "pg_wal",
            "pg_replslot",
            "pg_stat_tmp",
            "pg_dynshmem",
            "pg_notify",
            "pg_serial",
            "pg_snapshots",
            "pg_subtrans");

    private static final Set<String> SKIPPED =
            Set.of("postmaster.pid", "postmaster.opts", "backup_label", "tablespace_map");
    private static final Pattern WAL = Pattern.compile("[0-9A-F]{24}|[0-9A-F]{8}\\.history");

    /** What a backup holds, as its manifest says. */
    record Summary(Path archive, ZonedDateTime takenAt, String serverVersion, Map<String, Long> databases, int files) {}

    private Backups() {}

    /** Takes an online backup through {@code c} (a superuser's connection to the cluster on this machine). */
    static Summary backup(Connection c, Path archive) throws IOException, SQLException {
        Path pgData = Path.of(single(c, "show data_directory"));
        if (!Files.isDirectory(pgData)) {
            throw new StartupException(
                    "The PostgreSQL data directory " + pgData + " is not on this machine: back up an "
                            + "external PostgreSQL with its own tools (pg_dump, pgBackRest).");
        }
        ZonedDateTime takenAt = ZonedDateTime.now(VIETNAM);
        String label = "thidua " + takenAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        Map<String, Long> databases = databases(c);
        String version = single(c, "show server_version");
        Files.createDirectories(archive.toAbsolutePath().getParent());
        Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
        Map<String, String> sums = new LinkedHashMap<>();
        c.setAutoCommit(true);
        try (OutputStream file = Files.newOutputStream(partial);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.setLevel(Deflater.BEST_SPEED);
            // from here on the server keeps every WAL segment the restore will replay, until this session ends
            try (PreparedStatement slot =
                    c.prepareStatement("select pg_create_physical_replication_slot(?, true, true)")) {
                slot.setString(1, "thidua_backup_" + ProcessHandle.current().pid());
                slot.execute();
            }
            try (PreparedStatement start = c.prepareStatement("select pg_backup_start(?, true)")) {
                start.setString(1, label);
                start.execute();
            }
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(pgData)) {
                paths = walk.sorted().toList();
            }
            for (Path path : paths) {
                String relative = pgData.relativize(path).toString().replace('\\', '/');
                if (relative.isEmpty() || skipped(relative)) {
                    continue;
                }
                if (Files.isDirectory(path)) {
                    zip.putNextEntry(new ZipEntry(ROOT + relative + "/"));
                    zip.closeEntry();
                } else {
                    addFile(zip, sums, ROOT + relative, path);
                }
            }
            String stopLsn;
            try (Statement s = c.createStatement();
                    ResultSet stop = s.executeQuery("select lsn, labelfile, spcmapfile from pg_backup_stop(false)")) {
                stop.next();
                stopLsn = stop.getString(1);
                addText(zip, sums, ROOT + "backup_label", stop.getString(2));
                String map = stop.getString(3);
                if (map != null && !map.isBlank()) {
                    addText(zip, sums, ROOT + "tablespace_map", map);
                }
            }
            try (Stream<Path> wal = Files.list(pgData.resolve("pg_wal"))) {
                for (Path segment : wal.filter(
                                p -> WAL.matcher(p.getFileName().toString()).matches())
                        .sorted()
                        .toList()) {
                    addFile(zip, sums, ROOT + "pg_wal/" + segment.getFileName(), segment);
                }
            }
            StringBuilder manifest = new StringBuilder()
                    .append("# Thi đua – Khen thưởng: a backup of the local PostgreSQL cluster\n")
                    .append("taken-at=")
                    .append(takenAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                    .append('\n')
                    .append("label=")
                    .append(label)
                    .append('\n')
                    .append("postgresql-version=")
                    .append(version)
                    .append('\n')
                    .append("stop-lsn=")
                    .append(stopLsn)
                    .append('\n');
            databases.forEach((db, size) -> manifest.append("database.")
                    .append(db)
                    .append(".bytes=")
                    .append(size)
                    .append('\n'));
            addText(zip, sums, MANIFEST, manifest.toString());
            StringBuilder lines = new StringBuilder();
            sums.forEach(
                    (name, sum) -> lines.append(sum).append("  ").append(name).append('\n'));
            zip.putNextEntry(new ZipEntry(SUMS));
            zip.write(lines.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(
                archive.resolveSibling(archive.getFileName() + ".sha256"),
                sha256(archive) + "  " + archive.getFileName() + "\n",
                StandardCharsets.UTF_8);
        return new Summary(archive, takenAt, version, databases, sums.size());
    }

    /**
     * Checks every file of {@code archive} against its SHA256SUMS (and nothing more, nothing less, nothing outside the
     * cluster's directory); answers its manifest.
     */
    static Summary verify(Path archive) throws IOException {
        Path sidecar = archive.resolveSibling(archive.getFileName() + ".sha256");
        if (Files.isRegularFile(sidecar)) {
            String expected =
                    Files.readString(sidecar, StandardCharsets.UTF_8).trim().split("\\s+")[0];
            if (!expected.equalsIgnoreCase(sha256(archive))) {
                throw new StartupException(
                        archive + " does not match its checksum in " + sidecar.getFileName() + ": damaged or changed.");
            }
        }
        try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry sumsEntry = zip.getEntry(SUMS);
            if (sumsEntry == null) {
                throw new StartupException(archive + " is not a backup of this system (no " + SUMS + ").");
            }
            Map<String, String> expected = new LinkedHashMap<>();
            for (String line :
                    new String(zip.getInputStream(sumsEntry).readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    expected.put(line.substring(66), line.substring(0, 64));
                }
            }
            int files = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.equals(SUMS)) {
                    continue;
                }
                if (!safe(name)) {
                    throw new StartupException(archive + " holds " + name + ", outside the database cluster: refused.");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                String sum = expected.remove(name);
                if (sum == null) {
                    throw new StartupException(
                            archive + " holds " + name + ", which its " + SUMS + " does not list: refused.");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    if (!sum.equalsIgnoreCase(sha256(in))) {
                        throw new StartupException(
                                name + " in " + archive + " does not match its checksum: damaged or changed.");
                    }
                }
                files++;
            }
            if (!expected.isEmpty()) {
                throw new StartupException(
                        archive + " lacks " + expected.keySet().iterator().next() + " (listed in " + SUMS + ").");
            }
            return manifest(archive, zip, files);
        }
    }

    /**
     * Replaces the cluster in {@code pgData} (PostgreSQL stopped) with the backup, once every checksum matched; the
     * cluster it replaces is moved aside, not deleted. Answers where it went (null when there was none).
     */
    static Path restore(Path archive, Path pgData) throws IOException {
        verify(archive);
        Path aside = null;
        if (Files.exists(pgData)) {
            aside = pgData.resolveSibling(pgData.getFileName() + ".replaced-"
                    + ZonedDateTime.now(VIETNAM).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            Files.move(pgData, aside);
        }
        Files.createDirectories(pgData);
        try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (!entry.getName().startsWith(ROOT)) {
                    continue;
                }
                Path target =
                        pgData.resolve(entry.getName().substring(ROOT.length())).normalize();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        // PostgreSQL starts only on a directory that its owner alone may read
        Files.setPosixFilePermissions(pgData, PosixFilePermissions.fromString("rwx------"));
        return aside;
    }

    private static Summary manifest(Path archive, ZipFile zip, int files) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new StartupException(archive + " has no " + MANIFEST + ".");
        }
        Properties p = new Properties();
        try (InputStream in = zip.getInputStream(entry)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, Long> databases = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames().stream().sorted().toList()) {
            if (key.startsWith("database.") && key.endsWith(".bytes")) {
                databases.put(
                        key.substring("database.".length(), key.length() - ".bytes".length()),
                        Long.parseLong(p.getProperty(key)));
            }
        }
        return new Summary(
                archive,
                ZonedDateTime.parse(p.getProperty("taken-at")),
                p.getProperty("postgresql-version"),
                databases,
                files);
    }

    private static boolean skipped(String relative) {
        if (SKIPPED.contains(relative)) {
            return true;
        }
        int slash = relative.indexOf('/');
        return slash > 0 && EMPTIED.contains(relative.substring(0, slash)) && !relative.equals("pg_wal/archive_status");
    }

    private static boolean safe(String name) {
        return (name.equals(MANIFEST) || name.startsWith(ROOT))
                && !name.contains("..")
                && !name.contains("\\")
                && !name.startsWith("/");
    }

    private static void addFile(ZipOutputStream zip, Map<String, String> sums, String name, Path path)
            throws IOException {
        InputStream in;
        try {
            in = Files.newInputStream(path);
        } catch (NoSuchFileException gone) {
            return; // dropped by the server during the copy (a temporary file): the WAL replay does not need it
        }
        MessageDigest digest = sha256();
        zip.putNextEntry(new ZipEntry(name));
        try (in;
                OutputStream out = new DigestOutputStream(new NonClosing(zip), digest)) {
            in.transferTo(out);
        }
        zip.closeEntry();
        sums.put(name, HexFormat.of().formatHex(digest.digest()));
    }

    private static void addText(ZipOutputStream zip, Map<String, String> sums, String name, String text)
            throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
        sums.put(name, HexFormat.of().formatHex(sha256().digest(bytes)));
    }

    private static Map<String, Long> databases(Connection c) throws SQLException {
        Map<String, Long> sizes = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select datname, pg_database_size(datname) from pg_database "
                        + "where not datistemplate order by datname")) {
            while (r.next()) {
                sizes.put(r.getString(1), r.getLong(2));
            }
        }
        return sizes;
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        }
    }

    private static String sha256(InputStream in) throws IOException {
        MessageDigest digest = sha256();
        try (DigestInputStream din = new DigestInputStream(in, digest)) {
            din.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The zip stays open for the next entry when one file's digest stream is closed. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Names for archives: backups/thidua-backup-20261205-091500.zip in the repository (a reset leaves it alone). */
    static Path defaultArchive(Path repoDir) {
        return repoDir.resolve("backups")
                .resolve("thidua-backup-"
                        + ZonedDateTime.now(VIETNAM).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip");
    }

    static List<String> describe(Summary s) {
        List<String> lines = new ArrayList<>();
        lines.add("taken at " + s.takenAt().format(DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy"))
                + " (Asia/Ho_Chi_Minh), " + "PostgreSQL " + s.serverVersion() + ", " + s.files() + " files checked");
        s.databases().forEach((db, bytes) -> lines.add("  " + db + ": " + (bytes / (1024 * 1024)) + " MB"));
        return lines;
    }
}
