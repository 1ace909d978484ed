package dev.workbook.db.server;

import dev.workbook.errors.WorkbookException;
import dev.workbook.config.ConfigKey;
import dev.workbook.config.ProviderKind;
import dev.workbook.config.Settings;
import dev.workbook.db.Credentials;
import dev.workbook.db.DatabaseBootstrap;
import dev.workbook.db.DbTarget;
import dev.workbook.db.Probe;
import dev.workbook.db.Provider;
import dev.workbook.db.ServerStatus;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An existing MySQL or MariaDB server, local or remote. The workbook never starts or stops it. With an
 * admin account configured it creates the workbook database and application user; otherwise they must exist
 * (the scripts in setup/ create them).
 */
public final class ServerProvider implements Provider {
    private final Settings settings;

    public ServerProvider(Settings settings) {
        this.settings = settings;
    }

    @Override
    public DbTarget start() {
        String pw = settings.get(ConfigKey.DB_PASSWORD);
        if (pw == null) {
            throw WorkbookException.badInput("no password for the application user of the server provider")
                    .value(settings.get(ConfigKey.DB_USER) + "@" + settings.get(ConfigKey.DB_HOST))
                    .next("set db.password in " + settings.configFile() + " or the environment variable "
                            + ConfigKey.DB_PASSWORD.envName() + " (setup/ scripts write it for you)")
                    .help("troubleshooting/workbook-providers.md").build();
        }
        Credentials admin = settings.get(ConfigKey.ADMIN_USER) == null ? null
                : new Credentials(settings.get(ConfigKey.ADMIN_USER), settings.get(ConfigKey.ADMIN_PASSWORD));
        DbTarget target = new DbTarget(ProviderKind.SERVER, settings.get(ConfigKey.DB_HOST),
                settings.getInt(ConfigKey.DB_PORT), settings.get(ConfigKey.DB_NAME),
                new Credentials(settings.get(ConfigKey.DB_USER), pw), admin, null);
        try {
            if (admin != null) {
                String adminVersion = Probe.version(target, "", admin);
                DatabaseBootstrap.ensureDatabaseAndAppUser(target.dataSource("", admin), target.database(),
                        target.app(), List.of("localhost", "127.0.0.1", "%"), DatabaseBootstrap.Existing.GRANT);
                target = target.withServerVersion(adminVersion);
            }
            return target.withServerVersion(Probe.version(target, target.database(), target.app()));
        } catch (SQLException e) {
            throw Probe.explain(e, target);
        }
    }

    @Override
    public void stop() {
        // Not ours to stop: the server belongs to the user's system.
    }

    @Override
    public ServerStatus status() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("provider", "server (an existing MySQL/MariaDB)");
        d.put("address", settings.get(ConfigKey.DB_HOST) + ":" + settings.get(ConfigKey.DB_PORT));
        d.put("database", settings.get(ConfigKey.DB_NAME));
        d.put("user", settings.get(ConfigKey.DB_USER));
        try {
            DbTarget t = start();
            d.put("version", t.serverVersion());
            return new ServerStatus(true, "server answers and the workbook database is reachable", d);
        } catch (WorkbookException e) {
            d.put("problem", e.getMessage() + (e.value() == null ? "" : ": " + e.value()));
            return ServerStatus.stopped("server is not usable", d);
        }
    }
}
