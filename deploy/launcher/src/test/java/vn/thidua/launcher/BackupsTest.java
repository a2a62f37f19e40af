package vn.thidua.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A backup taken while ballots are being written, and restored into a stopped cluster, gives back exactly the
 * ballots acknowledged before it began, and none half-written; a changed byte in the archive refuses the restore.
 */
class BackupsTest {

    @Test
    void roundTripWhileWritingGivesBackAConsistentCluster() throws Exception {
        Path work = Files.createTempDirectory("thidua-backup");
        Path pgData = work.resolve("postgres");
        Path archive = work.resolve("backups/thidua-backup.zip");
        long acknowledgedBefore;
        List<Long> afterBackup;
        // kept on close (unlike a test database): the restore replaces it and must keep it aside
        try (EmbeddedPostgres pg = Stack.durablePostgres(pgData).start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("create database thidua_award");
            }
            String url = pg.getJdbcUrl("postgres", "thidua_award");
            try (Connection c = DriverManager.getConnection(url);
                    Statement s = c.createStatement()) {
                s.execute("create table ballot (id bigint primary key, receipt text not null, choices text not null)");
            }
            AtomicLong acknowledged = new AtomicLong();
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread writer = new Thread(() -> castBallots(url, acknowledged, writing));
            writer.start();
            while (acknowledged.get() < 200) {
                Thread.sleep(10);
            }
            acknowledgedBefore = acknowledged.get();
            try (Connection c = pg.getPostgresDatabase().getConnection()) {
                Backups.Summary summary = Backups.backup(c, archive);
                assertTrue(
                        summary.databases().containsKey("thidua_award"),
                        summary.databases().toString());
            }
            writing.set(false);
            writer.join();
            try (Connection c = DriverManager.getConnection(url);
                    Statement s = c.createStatement()) {
                s.execute("delete from ballot where id % 2 = 0");
                afterBackup = ids(c);
            }
        }
        assertTrue(Files.isRegularFile(archive.resolveSibling("thidua-backup.zip.sha256")));

        Backups.Summary checked = Backups.verify(archive);
        assertTrue(checked.files() > 100, "files " + checked.files());
        Path aside = Backups.restore(archive, pgData);
        assertTrue(Files.isDirectory(aside), "the replaced cluster is kept");

        try (EmbeddedPostgres pg = Stack.durablePostgres(pgData).start();
                Connection c = DriverManager.getConnection(pg.getJdbcUrl("postgres", "thidua_award"))) {
            List<Long> restored = ids(c);
            assertTrue(restored.size() >= acknowledgedBefore, restored.size() + " restored of " + acknowledgedBefore);
            // one after another, each committed: a consistent cut holds 1..n with none missing
            for (int i = 0; i < restored.size(); i++) {
                assertEquals(i + 1, restored.get(i));
            }
            assertFalse(restored.equals(afterBackup), "what was deleted after the backup is back");
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("select count(*) from ballot where receipt <> md5(id::text)")) {
                r.next();
                assertEquals(0, r.getLong(1), "ballots whose receipt does not match");
            }
        }
    }

    @Test
    void aChangedByteOrAForeignFileRefusesTheRestore() throws Exception {
        Path work = Files.createTempDirectory("thidua-backup-tampered");
        Path archive = work.resolve("b.zip");
        try (EmbeddedPostgres pg = Stack.durablePostgres(work.resolve("postgres"))
                        .setCleanDataDirectory(true)
                        .start();
                Connection c = pg.getPostgresDatabase().getConnection()) {
            Backups.backup(c, archive);
        }
        Path changed = work.resolve("changed.zip");
        rewrite(
                archive,
                changed,
                "postgres/PG_VERSION",
                "postgres/PG_VERSION",
                "99\n".getBytes(StandardCharsets.UTF_8));
        StartupException e = assertThrows(StartupException.class, () -> Backups.verify(changed));
        assertTrue(e.getMessage().contains("postgres/PG_VERSION"), e.getMessage());

        Path foreign = work.resolve("foreign.zip");
        rewrite(
                archive,
                foreign,
                "postgres/PG_VERSION",
                "../../etc/cron.d/x",
                "* * * * * root true\n".getBytes(StandardCharsets.UTF_8));
        Path target = work.resolve("restored");
        assertThrows(StartupException.class, () -> Backups.restore(foreign, target));
        assertFalse(Files.exists(target), "nothing written before every check passed");

        Files.writeString(archive.resolveSibling("b.zip.sha256"), "0".repeat(64) + "  b.zip\n");
        assertThrows(StartupException.class, () -> Backups.verify(archive));
    }

    private static void castBallots(String url, AtomicLong acknowledged, AtomicBoolean writing) {
        try (Connection c = DriverManager.getConnection(url);
                PreparedStatement insert = c.prepareStatement("insert into ballot values (?, md5(?::text), ?)")) {
            for (long id = 1; writing.get(); id++) {
                insert.setLong(1, id);
                insert.setLong(2, id);
                insert.setString(3, "Đồng ý bầu đồng chí Trưởng khối; phiếu số " + id);
                insert.executeUpdate();
                acknowledged.set(id);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Long> ids(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select id from ballot order by id")) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    /** A copy of {@code from} with the entry {@code replaced} written as {@code name} holding {@code content}. */
    private static void rewrite(Path from, Path to, String replaced, String name, byte[] content) throws Exception {
        try (ZipFile in = new ZipFile(from.toFile());
                OutputStream file = Files.newOutputStream(to);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                boolean swap = entry.getName().equals(replaced);
                out.putNextEntry(new ZipEntry(swap ? name : entry.getName()));
                if (swap) {
                    out.write(content);
                } else {
                    try (InputStream data = in.getInputStream(entry)) {
                        data.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
    }
}
