package vn.thidua.award;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.thidua.replicas.testing.ReplicaTablesUpgrade;

@QuarkusTest
class ReplicaTablesUpgradeTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.flyway.locations")
    List<String> locations;

    @ConfigProperty(name = "quarkus.flyway.ignore-migration-patterns")
    List<String> ignoredPatterns;

    @Test
    void a_database_with_the_old_copies_of_the_replica_tables_upgrades_and_keeps_its_rows() throws Exception {
        ReplicaTablesUpgrade.check(dataSource, locations, ignoredPatterns);
    }
}
