package dev.workbook.db;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server's family and version, read from a handshake or VERSION(). The fixes the doctor gives depend on the
 * line: MySQL 8.0, 8.4 (8.1-8.4 share its auth rules), 9.x; MariaDB 10.x, 11.x.
 */
public record ServerVersion(Family family, int major, int minor, int patch, String raw) {
    public enum Family { MYSQL, MARIADB, UNKNOWN }

    /** The release lines whose advice differs. */
    public enum Line { MYSQL_57, MYSQL_80, MYSQL_84, MYSQL_9, MARIADB_10, MARIADB_11, UNKNOWN }

    private static final Pattern NUMBERS = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?");
    public static final ServerVersion UNKNOWN = new ServerVersion(Family.UNKNOWN, 0, 0, 0, "unknown");

    /**
     * Parses "8.4.7", "9.1.0-commercial", "11.4.5-MariaDB", "10.11.6-MariaDB-0+deb12u1" and the
     * replication-safe "5.5.5-10.11.6-MariaDB" prefix that MariaDB 10.x sends in its handshake.
     */
    public static ServerVersion parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return UNKNOWN;
        }
        String s = raw.strip();
        boolean maria = s.toLowerCase(Locale.ROOT).contains("mariadb");
        if (maria && s.startsWith("5.5.5-")) {
            s = s.substring("5.5.5-".length());
        }
        Matcher m = NUMBERS.matcher(s);
        if (!m.find()) {
            return new ServerVersion(maria ? Family.MARIADB : Family.UNKNOWN, 0, 0, 0, raw.strip());
        }
        int patch = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new ServerVersion(maria ? Family.MARIADB : Family.MYSQL, Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)), patch, raw.strip());
    }

    /** A version a user names on the command line: "8.4", "mysql 9.1", "mariadb 11.4". */
    public static ServerVersion hint(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        ServerVersion v = parse(t.contains("maria") ? t + "-MariaDB" : t);
        if (v.family == Family.MYSQL && v.major >= 10) {
            return new ServerVersion(Family.MARIADB, v.major, v.minor, v.patch, v.raw);
        }
        return v;
    }

    public Line line() {
        if (family == Family.MARIADB) {
            return major >= 11 ? Line.MARIADB_11 : Line.MARIADB_10;
        }
        if (family == Family.MYSQL) {
            if (major >= 9) {
                return Line.MYSQL_9;
            }
            if (major == 8) {
                return minor == 0 ? Line.MYSQL_80 : Line.MYSQL_84;
            }
            return major == 5 ? Line.MYSQL_57 : Line.UNKNOWN;
        }
        return Line.UNKNOWN;
    }

    public boolean isMariaDb() {
        return family == Family.MARIADB;
    }

    public boolean isMySql() {
        return family == Family.MYSQL;
    }

    public boolean known() {
        return family != Family.UNKNOWN;
    }

    public boolean atLeast(int maj, int min, int pat) {
        return major != maj ? major > maj : minor != min ? minor > min : patch >= pat;
    }

    /** "MySQL 8.4.7", "MariaDB 11.4.5" or "an unknown server version". */
    public String label() {
        return switch (family) {
            case MYSQL -> "MySQL " + major + "." + minor + "." + patch;
            case MARIADB -> "MariaDB " + major + "." + minor + "." + patch;
            case UNKNOWN -> "an unknown server version";
        };
    }

    /** The package/service name on this server's family: mysql or mariadb. */
    public String serviceName() {
        return family == Family.MARIADB ? "mariadb" : "mysql";
    }

    /** The command-line client of this family. */
    public String client() {
        return family == Family.MARIADB ? "mariadb" : "mysql";
    }
}
