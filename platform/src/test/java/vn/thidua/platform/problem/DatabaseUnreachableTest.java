package vn.thidua.platform.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** A database that is down or restarting is a 503 to try again, not a fault of the service (500). */
class DatabaseUnreachableTest {

    @Test
    void connectionFailuresAndShutdownsAreAnOutage() {
        assertTrue(ProblemMappers.databaseUnreachable(new SQLException("Connection refused", "08001")));
        assertTrue(ProblemMappers.databaseUnreachable(
                new SQLException("An I/O error occurred while sending to the backend", "08006")));
        assertTrue(ProblemMappers.databaseUnreachable(
                new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(ProblemMappers.databaseUnreachable(new SQLException("the database system is starting up", "57P03")));
        assertTrue(ProblemMappers.databaseUnreachable(new SQLTransientConnectionException("Acquisition timeout")));
        assertTrue(ProblemMappers.databaseUnreachable(
                new JDBCConnectionException("Unable to acquire JDBC Connection", null)));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(ProblemMappers.databaseUnreachable(new SQLException("duplicate key value", "23505")));
        assertFalse(ProblemMappers.databaseUnreachable(new SQLException("syntax error", "42601")));
        assertFalse(ProblemMappers.databaseUnreachable(new SQLException("no state")));
        assertFalse(ProblemMappers.databaseUnreachable(new IllegalStateException("08001")));
    }
}
