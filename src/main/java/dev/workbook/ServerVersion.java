package dev.workbook;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A server's family and version, from VERSION(): "8.4.7" is MySQL, "11.4.5-MariaDB" is MariaDB. */
public record ServerVersion(boolean mariaDb, int major, int minor, int patch, String text) {
    private static final Pattern NUMBERS = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    public static ServerVersion parse(String version) {
        if (version == null) {
            throw new IllegalArgumentException("no server version");
        }
        Matcher m = NUMBERS.matcher(version);
        if (!m.find()) {
            throw new IllegalArgumentException("not a server version: " + version);
        }
        // Old MariaDB replication prefixed "5.5.5-" to the real version.
        String rest = version.startsWith("5.5.5-") ? version.substring(6) : version;
        Matcher r = NUMBERS.matcher(rest);
        Matcher use = r.find() ? r : m;
        return new ServerVersion(version.toLowerCase(java.util.Locale.ROOT).contains("mariadb"),
                Integer.parseInt(use.group(1)), Integer.parseInt(use.group(2)),
                use.group(3) == null ? 0 : Integer.parseInt(use.group(3)), version);
    }

    public boolean atLeast(int maj, int min) {
        return major > maj || major == maj && minor >= min;
    }

    @Override
    public String toString() {
        return (mariaDb ? "MariaDB " : "MySQL ") + major + "." + minor + "." + patch;
    }
}
