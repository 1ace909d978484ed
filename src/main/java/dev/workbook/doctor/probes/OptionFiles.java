package dev.workbook.doctor.probes;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the server's option files (my.cnf and friends, following !include and !includedir) for the settings that
 * stop a server or lock Java out: default_authentication_plugin (removed in 8.4), skip-networking.
 */
public final class OptionFiles {
    /** One server option as written: the file and line it is on, its name with '-' as '_', its value. */
    public record Option(Path file, int line, String name, String value, String text) {
    }

    private static final List<String> SERVER_GROUPS = List.of("mysqld", "server", "mariadb", "mariadbd", "mysqld_safe");

    private OptionFiles() {
    }

    /** The files among {@code paths} (directories mean every *.cnf in them) that exist and can be read. */
    public static List<Path> existing(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            collect(p, out, 0);
        }
        return out;
    }

    public static List<Option> serverOptions(List<Path> files) {
        List<Option> out = new ArrayList<>();
        for (Path f : files) {
            read(f, out);
        }
        return out;
    }

    private static void collect(Path p, List<Path> out, int depth) {
        if (depth > 3 || out.contains(p)) {
            return;
        }
        if (Files.isDirectory(p)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(p, "*.{cnf,ini}")) {
                for (Path f : ds) {
                    collect(f, out, depth + 1);
                }
            } catch (IOException ignored) {
                // unreadable directory: nothing to check there
            }
            return;
        }
        if (!Files.isReadable(p)) {
            return;
        }
        out.add(p);
        try {
            for (String line : Files.readAllLines(p)) {
                String t = line.strip();
                if (t.startsWith("!includedir ") || t.startsWith("!include ")) {
                    collect(Path.of(t.substring(t.indexOf(' ') + 1).strip()), out, depth + 1);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // unreadable or not text: skipped
        }
    }

    private static void read(Path f, List<Option> out) {
        List<String> lines;
        try {
            lines = Files.readAllLines(f);
        } catch (IOException | RuntimeException e) {
            return;
        }
        String group = "";
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith(";") || t.startsWith("!")) {
                continue;
            }
            if (t.startsWith("[") && t.endsWith("]")) {
                group = t.substring(1, t.length() - 1).strip().toLowerCase(Locale.ROOT);
                continue;
            }
            if (!isServerGroup(group)) {
                continue;
            }
            int eq = t.indexOf('=');
            String name = (eq < 0 ? t : t.substring(0, eq)).strip().toLowerCase(Locale.ROOT).replace('-', '_');
            String value = eq < 0 ? "" : t.substring(eq + 1).strip();
            if (name.startsWith("loose_")) {
                continue; // "loose-" options are ignored when unknown, so they never stop a server
            }
            out.add(new Option(f, i + 1, name, value, t));
        }
    }

    private static boolean isServerGroup(String group) {
        for (String g : SERVER_GROUPS) {
            if (group.equals(g) || group.startsWith(g + "-")) {
                return true;
            }
        }
        return false;
    }
}
