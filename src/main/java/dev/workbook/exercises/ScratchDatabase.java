package dev.workbook.exercises;

import dev.workbook.errors.WorkbookException;
import dev.workbook.db.DatabaseBootstrap;
import dev.workbook.db.DbTarget;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;

/**
 * A throwaway database for one exercise run: created through the server's administrative account, granted
 * to the application user on every host that user exists for, and dropped when closed. So a run never sees
 * the workbook database, another run, or what an earlier attempt left behind.
 */
final class ScratchDatabase implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DbTarget base;
    private final DataSource admin;
    private final DbTarget target;

    private ScratchDatabase(DbTarget base, DataSource admin, DbTarget target) {
        this.base = base;
        this.admin = admin;
        this.target = target;
    }

    /** Creates {@code workbook_check_NN_xxxxxxxx} on the server of {@code base}. */
    static ScratchDatabase create(DbTarget base, Exercise exercise) {
        DataSource admin = base.adminDataSource().orElseThrow(() -> WorkbookException
                .notReady("checking an exercise needs the server's administrative account, to create a throwaway database")
                .value("provider " + base.provider() + " without admin.user / admin.password")
                .next("use the embedded or docker provider, or set admin.user and admin.password (workbook config)")
                .build());
        byte[] salt = new byte[4];
        RANDOM.nextBytes(salt);
        String name = "workbook_check_" + exercise.number() + "_" + HexFormat.of().formatHex(salt);
        try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + DatabaseBootstrap.ident(name) + " CHARACTER SET "
                    + DatabaseBootstrap.CHARSET + " COLLATE " + DatabaseBootstrap.COLLATION);
            for (String host : appHosts(c, base.app().user())) {
                try (PreparedStatement ps = c.prepareStatement("GRANT ALL PRIVILEGES ON " + DatabaseBootstrap.ident(name)
                        + ".* TO ?@?")) {
                    ps.setString(1, base.app().user());
                    ps.setString(2, host);
                    ps.execute();
                }
            }
        } catch (SQLException e) {
            throw WorkbookException.notReady("could not create a throwaway database for the check")
                    .value(name + ": " + e.getMessage()).next("workbook doctor").cause(e).build();
        }
        DbTarget t = base.withDatabase(name);
        return new ScratchDatabase(base, admin, t);
    }

    /** The hosts the application user exists for ('localhost', '127.0.0.1', '%' ...): each needs the grant. */
    private static List<String> appHosts(Connection c, String user) throws SQLException {
        List<String> hosts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT Host FROM mysql.user WHERE User = ?")) {
            ps.setString(1, user);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hosts.add(rs.getString(1));
                }
            }
        }
        if (hosts.isEmpty()) {
            throw new SQLException("the application user '" + user + "' does not exist on this server");
        }
        return hosts;
    }

    DbTarget target() {
        return target;
    }

    String name() {
        return target.database();
    }

    @Override
    public void close() {
        try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + DatabaseBootstrap.ident(target.database()));
        } catch (SQLException e) {
            // Left behind, it is harmless and named for what it is; say so rather than fail the student's result.
            System.err.println("warning: could not drop the throwaway database " + target.database() + " on " + base
                    + ": " + e.getMessage());
        }
    }
}
