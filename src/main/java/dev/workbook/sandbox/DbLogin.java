package dev.workbook.sandbox;

import java.util.Objects;

/** Where student code connects and as whom: a run account, never the administrative one. The password is not shown. */
public record DbLogin(String host, int port, String database, String user, String password) {
    public DbLogin {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
    }

    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + database;
    }
}
