package vn.thidua.replicas.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Replays the upgrade of a database that was migrated while the service still kept its own copies
 * of the replica tables (now in {@code db/before-replicas-owned} of its tests), into a schema of its
 * own: the service's configured migrations must then apply, keep the replicas' rows and validate.
 */
public final class ReplicaTablesUpgrade {

    private static final String SCHEMA = "replicas_upgrade";

    private ReplicaTablesUpgrade() {}

    public static void check(DataSource dataSource, List<String> locations, List<String> ignoredPatterns)
            throws Exception {
        dropSchema(dataSource);
        try {
            List<String> before = Stream.concat(
                            locations.stream().filter(l -> !l.equals("db/replicas")),
                            Stream.of("db/before-replicas-owned"))
                    .toList();
            migrate(dataSource, before, List.of("*:future"));
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("insert into " + SCHEMA + ".unit_replica values (gen_random_uuid(), 'Công an tỉnh Đắk Lắk',"
                        + " null, 'AGENCY', null, true, 3, now(), now())");
                s.execute("insert into " + SCHEMA + ".bloc_term_replica values (gen_random_uuid(), gen_random_uuid(),"
                        + " 2026, gen_random_uuid(), gen_random_uuid(), 0, now(), date '2026-01-15')");
            }

            Flyway upgraded = migrate(dataSource, locations, ignoredPatterns);

            assertTrue(upgraded.validateWithResult().validationSuccessful, "the upgraded history validates");
            MigrationInfo[] applied = upgraded.info().applied();
            assertTrue(
                    Stream.of(applied).anyMatch(m -> "replica tables".equals(m.getDescription())),
                    "the replicas' own migration ran on the old database");
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("select (select count(*) from " + SCHEMA + ".unit_replica"
                            + " where version = 3), (select count(*) from " + SCHEMA + ".bloc_term_replica"
                            + " where decided_on = date '2026-01-15')")) {
                rows.next();
                assertEquals(1, rows.getInt(1), "the unit replicated before the upgrade is kept");
                assertEquals(1, rows.getInt(2), "the term replicated before the upgrade is kept");
            }
        } finally {
            dropSchema(dataSource);
        }
    }

    private static Flyway migrate(DataSource dataSource, List<String> locations, List<String> ignoredPatterns) {
        Flyway flyway = Flyway.configure(Thread.currentThread().getContextClassLoader())
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .createSchemas(true)
                .outOfOrder(true)
                .locations(locations.stream().map(l -> "classpath:" + l).toArray(String[]::new))
                .ignoreMigrationPatterns(ignoredPatterns.toArray(String[]::new))
                .load();
        flyway.migrate();
        return flyway;
    }

    private static void dropSchema(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }
}
