package dev.workbook.doctor.catalogue;

import dev.workbook.db.ServerVersion;

/**
 * What a fix needs to be exact: the server's version (perhaps unknown), the platform, and the account,
 * database and address the user is trying to reach.
 */
public record FixContext(ServerVersion version, Platform platform, String user, String host, int port, String database,
                  String configFile) {

    public FixContext withVersion(ServerVersion v) {
        return new FixContext(v == null ? ServerVersion.UNKNOWN : v, platform, user, host, port, database, configFile);
    }

    public FixContext withUser(String u) {
        return new FixContext(version, platform, u, host, port, database, configFile);
    }

    String account() {
        return "'" + user + "'@'" + ("127.0.0.1".equals(host) || "localhost".equals(host) ? "localhost" : "%") + "'";
    }

    public String admin() {
        return platform.adminClient(version);
    }
}
