package vn.thidua.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * {@code backup [FILE]}: an online backup of the running stack's PostgreSQL (every service database and Keycloak's);
 * {@code restore FILE}: puts one back while the stack is stopped, after checking every checksum.
 */
final class BackupCommands {

    private BackupCommands() {}

    static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** Runs the command; answers the exit code. */
    static int run(String[] args) {
        try {
            Config cfg = Config.load(new String[0]);
            if (!cfg.embeddedPostgres()) {
                throw new StartupException(
                        "THIDUA_PG_HOST is set: back up that PostgreSQL with its own tools (pg_dump, "
                                + "pgBackRest); ./thidua backup covers the local stack's PostgreSQL.");
            }
            if (args[0].equals("backup")) {
                if (args.length > 2) {
                    throw new StartupException("Usage: ./thidua backup [FILE]");
                }
                backup(cfg, args.length == 2 ? Path.of(args[1]) : Backups.defaultArchive(cfg.repoDir));
            } else {
                if (args.length != 2) {
                    throw new StartupException("Usage: ./thidua restore FILE");
                }
                restore(cfg, Path.of(args[1]));
            }
            return 0;
        } catch (StartupException e) {
            Console.error(e.getMessage());
            return 1;
        } catch (Exception e) {
            Console.error(args[0] + " failed: " + e);
            return 1;
        }
    }

    private static void backup(Config cfg, Path archive) throws Exception {
        if (Net.portFree(cfg.pgPort)) {
            throw new StartupException("PostgreSQL is not running on port " + cfg.pgPort
                    + ": start the stack (./thidua start); " + "a backup is taken while it runs.");
        }
        Console.info("Backing up PostgreSQL on port " + cfg.pgPort + " to " + archive.toAbsolutePath());
        try (Connection c = DriverManager.getConnection(cfg.jdbcUrl("postgres"), cfg.pgUser, cfg.pgPassword)) {
            Backups.Summary summary = Backups.backup(c, archive.toAbsolutePath());
            Console.ok("Backup written: " + summary.archive() + " (" + Files.size(summary.archive()) / (1024 * 1024)
                    + " MB)");
            Backups.describe(summary).forEach(Console::print);
        }
    }

    private static void restore(Config cfg, Path archive) throws Exception {
        if (!Files.isRegularFile(archive)) {
            throw new StartupException("No backup at " + archive.toAbsolutePath() + ".");
        }
        for (Config.PortUse use : cfg.portsToBind()) {
            if (!Net.portFree(use.port())) {
                throw new StartupException("Port " + use.port() + " (" + use.part()
                        + ") is in use: stop the stack (Ctrl-C) " + "before restoring.");
            }
        }
        Console.info("Checking every file of " + archive.toAbsolutePath());
        Backups.describe(Backups.verify(archive)).forEach(Console::print);
        Path aside = Backups.restore(archive, cfg.dataDir.resolve("postgres"));
        Console.ok("Restored into " + cfg.dataDir.resolve("postgres") + "; start the stack with ./thidua start.");
        if (aside != null) {
            Console.print("The cluster it replaced is kept in " + aside + " (delete it once the restore is checked).");
        }
    }
}
