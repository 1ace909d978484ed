package dev.workbook.db;

import java.util.Objects;

/** A user name and password. {@link #toString()} never shows the password. */
public record Credentials(String user, String password) {
    public Credentials {
        Objects.requireNonNull(user, "user");
    }

    @Override
    public String toString() {
        return user + ":" + Redactor.MASK;
    }
}
