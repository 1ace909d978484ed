package dev.workbook.config;

import dev.workbook.errors.WorkbookException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A strict reader for the workbook's config file: {@code key = value} lines, {@code #} comments.
 * Unlike java.util.Properties it rejects what it does not understand, naming the file, the line and the key.
 */
public final class ConfigFile {
    private ConfigFile() {
    }

    public static Map<ConfigKey, String> read(Path file) {
        Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
        if (!Files.exists(file)) {
            return values;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw WorkbookException.badInput("cannot read the config file").value(file)
                    .next("check the file's permissions, or point WORKBOOK_HOME elsewhere").cause(e).build();
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String where = file + ":" + (i + 1);
            if (eq <= 0) {
                throw WorkbookException.badInput("malformed config file, expected 'key = value'")
                        .value(where + ": " + line)
                        .next("fix or remove line " + (i + 1) + "; known keys: " + knownKeys())
                        .help("troubleshooting/workbook-config-file.md").build();
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            ConfigKey ck = ConfigKey.byKey(key).orElseThrow(() -> WorkbookException
                    .badInput("unknown key in config file")
                    .value(where + ": key '" + key + "'")
                    .next("use one of: " + knownKeys())
                    .help("troubleshooting/workbook-config-file.md").build());
            try {
                Settings.validate(ck, value);
            } catch (IllegalArgumentException e) {
                throw WorkbookException.badInput("invalid value in config file")
                        .value(where + ": key '" + key + "': " + e.getMessage())
                        .next("correct line " + (i + 1) + " of " + file)
                        .help("troubleshooting/workbook-config-file.md").build();
            }
            if (values.put(ck, value) != null) {
                throw WorkbookException.badInput("key set twice in config file")
                        .value(where + ": key '" + key + "'")
                        .next("keep one line for '" + key + "'")
                        .help("troubleshooting/workbook-config-file.md").build();
            }
        }
        return values;
    }

    static String knownKeys() {
        StringBuilder sb = new StringBuilder();
        for (ConfigKey k : ConfigKey.values()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(k.key());
        }
        return sb.toString();
    }
}
