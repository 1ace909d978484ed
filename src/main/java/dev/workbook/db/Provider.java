package dev.workbook.db;

/** A source of a MySQL-compatible server: embedded, docker or an existing server. */
public interface Provider {

    /** Starts the server, or attaches to the one already running, and returns how to reach the workbook database. */
    DbTarget start();

    /** Stops the server this provider started. Committed data stay. */
    void stop();

    /** What is running, without starting anything. */
    ServerStatus status();
}
