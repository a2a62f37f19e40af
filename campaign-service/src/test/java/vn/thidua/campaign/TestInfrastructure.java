package vn.thidua.campaign;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import vn.thidua.platform.testing.EmbeddedInfrastructure;

/** Real PostgreSQL and Kafka for every test of this service, started once per test JVM. */
@QuarkusTestResource(
        value = EmbeddedInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "campaign"))
public class TestInfrastructure {}
