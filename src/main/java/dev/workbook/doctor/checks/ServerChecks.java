package dev.workbook.doctor.checks;

import dev.workbook.db.ServerVersion;
import dev.workbook.doctor.catalogue.FixContext;
import dev.workbook.doctor.catalogue.Fixes;
import dev.workbook.doctor.reports.Finding;
import dev.workbook.doctor.reports.Status;
import dev.workbook.errors.KnownError;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Read-only queries after a successful login: where the server listens, character sets, accounts, policies. */
public final class ServerChecks {
    private ServerChecks() {
    }

    static List<Finding> run(Connection c, TargetSpec t, FixContext x0, int timeout) {
        List<Finding> out = new ArrayList<>();
        int seconds = Math.max(1, timeout / 1000);
        Map<String, String> v = variables(c, seconds);
        ServerVersion version = ServerVersion.parse(v.get("version"));
        FixContext x = x0.withVersion(version);
        out.add(Finding.ok("server", version.label() + " (" + v.getOrDefault("version_comment", "") + ")"
                + ", lower_case_table_names=" + v.get("lower_case_table_names")));
        out.add(Finding.info("listens", "port " + v.get("port") + ", bind_address " + v.getOrDefault("bind_address", "*")
                + ", socket " + v.get("socket") + ", skip_networking " + v.get("skip_networking")));
        out.add(charsets(c, t, v, x, seconds));
        out.addAll(Utf8Mb3.tables(c, t, x, seconds));
        out.add(Finding.info("time zone", "system_time_zone " + v.get("system_time_zone") + ", time_zone " + v.get("time_zone")
                + " (Connector/J 8.0.23+ needs no serverTimezone)"));
        out.addAll(Accounts.check(c, t, x, seconds));
        return out;
    }

    private static Map<String, String> variables(Connection c, int seconds) {
        Map<String, String> v = new LinkedHashMap<>();
        String sql = "SELECT VERSION(), @@version_comment, @@port, @@socket, @@bind_address, @@skip_networking, "
                + "@@character_set_server, @@collation_server, @@lower_case_table_names, @@system_time_zone, @@time_zone";
        String[] names = {"version", "version_comment", "port", "socket", "bind_address", "skip_networking",
            "character_set_server", "collation_server", "lower_case_table_names", "system_time_zone", "time_zone"};
        try (Statement st = c.createStatement()) {
            st.setQueryTimeout(seconds);
            try (ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                for (int i = 0; i < names.length; i++) {
                    v.put(names[i], rs.getString(i + 1));
                }
            }
        } catch (SQLException e) {
            v.put("version", "unknown");
        }
        return v;
    }

    private static Finding charsets(Connection c, TargetSpec t, Map<String, String> v, FixContext x, int seconds) {
        String db = null;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
            ps.setQueryTimeout(seconds);
            ps.setString(1, t.database());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    db = rs.getString(1) + "/" + rs.getString(2);
                }
            }
        } catch (SQLException e) {
            db = "unknown";
        }
        String server = v.get("character_set_server") + "/" + v.get("collation_server");
        String found = "database " + t.database() + ": " + db + "; server default: " + server;
        boolean dbOk = db != null && db.startsWith("utf8mb4");
        boolean serverOk = server.startsWith("utf8mb4");
        if (dbOk && serverOk) {
            return Finding.ok("charset", found);
        }
        return Finding.problem("charset", Status.WARNING, found + (dbOk ? "" : ": new tables in " + t.database()
                + " reject emoji (1366)"), KnownError.UTF8MB3, Fixes.of(KnownError.UTF8MB3, x)
                + (serverOk ? "" : ". For the server default: character-set-server=utf8mb4 under [mysqld] in "
                + Fixes.optionFile(x)));
    }
}
