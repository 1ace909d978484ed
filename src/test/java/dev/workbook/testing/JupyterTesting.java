package dev.workbook.testing;

import dev.workbook.jupyter.Jupyter;
import dev.workbook.jupyter.ProjectDir;
import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Jupyter for tests: a private data and runtime directory per test class (so the user's kernels are never
 * touched), a skip (or, in CI, a failure) when Jupyter is missing, and in-process runs of the workbook CLI.
 */
public final class JupyterTesting {
    public static final String HOW_TO_GET_IT =
            "apt-get install -y jupyter-notebook jupyter-nbconvert python3-nbclient jupyter-client (or run setup/jupyter.sh)";

    private JupyterTesting() {
    }

    public static void requireJupyter() {
        Requirements.require(Jupyter.find(System.getenv(), null).isPresent(), "Jupyter", HOW_TO_GET_IT);
    }

    /** An environment with a private workbook home and private Jupyter directories under {@code dir}. */
    public static Map<String, String> env(Path home, Path dir) {
        Map<String, String> env = new HashMap<>(TestHomes.env(home));
        env.put("JUPYTER_DATA_DIR", dir.resolve("data").toString());
        env.put("JUPYTER_RUNTIME_DIR", dir.resolve("runtime").toString());
        env.put("JUPYTER_CONFIG_DIR", dir.resolve("config").toString());
        env.remove("JUPYTER_PATH");
        // Jupyter also looks in ~/.local/share/jupyter, where the user's real kernel may be installed: a private HOME
        // keeps tests from seeing (or removing) it. The server binaries stay in the user's cache.
        env.put("HOME", dir.resolve("home").toString());
        env.put("WORKBOOK_CACHE_DIR", dev.workbook.db.embedded.EmbeddedProvider.binariesCacheDir().toString());
        return env;
    }

    /** The classpath option for kernel install: classes and libraries of this build (the jar may not exist yet). */
    public static String buildClasspath() {
        return String.join(File.pathSeparator, ProjectDir.detect().buildClasspath());
    }

    public static CliRun cli(Map<String, String> env, String... args) {
        return CliRun.run(env, "", args);
    }
}
