package dev.workbook.cli;

import dev.workbook.config.Settings;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What a command may touch of its surroundings: the environment, standard streams. Tests pass their own,
 * so that commands run in-process with a private workbook home.
 */
public record CliContext(Map<String, String> env, InputStream in, PrintWriter out, PrintWriter err) {
    public static CliContext system() {
        return new CliContext(System.getenv(), System.in, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** The environment as a command sees it after its {@code --home DIR} option (null: not given). */
    Map<String, String> envWithHome(Path home) {
        Map<String, String> env = new HashMap<>(env());
        if (home != null) {
            env.put(Settings.HOME_ENV, home.toAbsolutePath().toString());
        }
        return env;
    }
}
