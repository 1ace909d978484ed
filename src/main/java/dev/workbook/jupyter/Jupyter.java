package dev.workbook.jupyter;

import dev.workbook.errors.WorkbookException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A working {@code jupyter} command. Found on PATH (or given explicitly) and probed, because a shim that
 * exists but fails (pyenv without Jupyter in its active Python) must not hide the real one further on.
 */
public final class Jupyter {
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(60);

    private final Path executable;
    private final Map<String, String> env;

    private Jupyter(Path executable, Map<String, String> env) {
        this.executable = executable;
        this.env = Map.copyOf(env);
    }

    /** The first {@code jupyter} that answers {@code jupyter --data-dir}; {@code explicit} wins if given. */
    public static Optional<Jupyter> find(Map<String, String> env, Path explicit) {
        Stream<Path> candidates = explicit != null ? Stream.of(explicit.toAbsolutePath()) : searchPath(env, "jupyter");
        return candidates.map(p -> new Jupyter(p, env)).filter(Jupyter::works).findFirst();
    }

    /** Like {@link #find} but stops with exit code 3 and the install line for this OS when there is none. */
    public static Jupyter require(Map<String, String> env, Path explicit) {
        return find(env, explicit).orElseThrow(() -> WorkbookException
                .notReady(explicit != null ? "this is not a working jupyter command" : "Jupyter is not installed (no working 'jupyter' on PATH)")
                .value(explicit != null ? explicit : "PATH=" + env.getOrDefault("PATH", ""))
                .next("install it: " + JupyterHelp.howToInstall(env) + "; then run: workbook kernel install")
                .help(JupyterHelp.PAGE).build());
    }

    static Stream<Path> searchPath(Map<String, String> env, String program) {
        String path = env.getOrDefault("PATH", env.getOrDefault("Path", ""));
        boolean windows = File.separatorChar == '\\';
        List<String> names = windows ? List.of(program + ".exe", program + ".cmd", program + ".bat") : List.of(program);
        return Arrays.stream(path.split(File.pathSeparator)).filter(d -> !d.isBlank())
                .flatMap(d -> names.stream().map(n -> Path.of(d, n)))
                .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p)).distinct();
    }

    public Path executable() {
        return executable;
    }

    Map<String, String> env() {
        return env;
    }

    private boolean works() {
        try {
            return run(PROBE_TIMEOUT, "--data-dir").ok(); // 0.1 s; subcommands import far more

        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Whether {@code jupyter <sub>} is installed (Jupyter finds subcommands as jupyter-SUB next to itself or on PATH). */
    boolean hasSubcommand(String sub) {
        Path sibling = executable.resolveSibling("jupyter-" + sub);
        return Files.isExecutable(sibling) || searchPath(env, "jupyter-" + sub).findFirst().isPresent();
    }

    ProcessResult run(Duration timeout, String... args) {
        return run(timeout, Map.of(), Arrays.asList(args));
    }

    /** Runs {@code jupyter args...} with extra environment variables and waits at most {@code timeout}. */
    ProcessResult run(Duration timeout, Map<String, String> extraEnv, List<String> args) {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("workbook-jupyter", ".out");
            err = Files.createTempFile("workbook-jupyter", ".err");
            ProcessBuilder pb = builder(extraEnv, args).redirectOutput(out.toFile()).redirectError(err.toFile());
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw WorkbookException.notReady("jupyter did not finish in " + timeout.toSeconds() + " s")
                        .value(String.join(" ", command(args))).build();
            }
            return new ProcessResult(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw WorkbookException.notReady("could not run jupyter").value(executable).cause(e).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw WorkbookException.internal("interrupted while running jupyter").build();
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    ProcessBuilder builder(Map<String, String> extraEnv, List<String> args) {
        ProcessBuilder pb = new ProcessBuilder(command(args));
        Map<String, String> e = pb.environment();
        e.clear();
        e.putAll(env);
        // ipykernel's debugger prints a warning about frozen modules on every start; it is noise here
        e.putIfAbsent("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        e.putAll(extraEnv);
        return pb;
    }

    private List<String> command(List<String> args) {
        List<String> cmd = new ArrayList<>();
        String name = executable.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".cmd") || name.endsWith(".bat")) {
            cmd.addAll(List.of("cmd.exe", "/c"));
        }
        cmd.add(executable.toString());
        cmd.addAll(args);
        return cmd;
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temp file; the OS cleans up
            }
        }
    }

    @Override
    public String toString() {
        return executable.toString();
    }
}
