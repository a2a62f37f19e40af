package vn.thidua.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The local stack's PostgreSQL flushes every commit to disk before it answers. */
class DurablePostgresTest {

    @Test
    void embeddedServerSyncsEveryCommit() throws Exception {
        Path data = Files.createTempDirectory("thidua-pg-durable");
        try (EmbeddedPostgres pg =
                        Stack.durablePostgres(data).setCleanDataDirectory(true).start();
                Connection c = pg.getPostgresDatabase().getConnection()) {
            assertEquals("on", show(c, "fsync"));
            assertEquals("on", show(c, "synchronous_commit"));
            assertEquals("on", show(c, "full_page_writes"));
        }
    }

    private static String show(Connection c, String setting) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("show " + setting)) {
            r.next();
            return r.getString(1);
        }
    }
}
