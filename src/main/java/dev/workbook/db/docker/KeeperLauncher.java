package dev.workbook.db.docker;

import dev.workbook.errors.WorkbookException;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Starts {@link ContainerKeeper} as a detached JVM and waits until it reports the container ready or failed. */
final class KeeperLauncher {
    /** The keeper waits for the server up to the container's own start-up timeout; add time for JVM start and image checks. */
    private static final Duration WAIT = ServerContainer.STARTUP_TIMEOUT.plusSeconds(60);

    private KeeperLauncher() {
    }

    static DockerState launch(DockerLayout layout, List<String> keeperArgs, Map<String, String> env) throws IOException {
        List<String> cmd = new ArrayList<>();
        Path setsid = Path.of("/usr/bin/setsid");
        if (Files.isExecutable(setsid)) {
            cmd.add(setsid.toString()); // own session: Ctrl-C in the terminal that ran `db start` does not reach it
        }
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of("-Xmx96m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        cmd.add("-cp");
        cmd.add(classpath());
        cmd.add(ContainerKeeper.class.getName());
        cmd.addAll(keeperArgs);
        Files.createDirectories(layout.dir());
        Files.deleteIfExists(layout.stateFile());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(layout.dir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(layout.keeperLog().toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File(File.separatorChar == '\\' ? "NUL" : "/dev/null")));
        pb.environment().putAll(env);
        Process p = pb.start();
        return await(layout, p);
    }

    private static DockerState await(DockerLayout layout, Process p) throws IOException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<DockerState> s = DockerState.read(layout.stateFile()).filter(st -> st.keeperPid() == p.pid());
            if (s.isPresent() && s.get().status() == DockerState.Status.READY) {
                return s.get();
            }
            if (s.isPresent() && s.get().status() == DockerState.Status.FAILED) {
                throw failure(layout, s.get().error(), s.get().errorNext());
            }
            if (!p.isAlive()) {
                throw failure(layout, "the process that starts the container exited (code " + p.exitValue() + ")", null);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroy();
                throw WorkbookException.internal("interrupted while waiting for the container").build();
            }
        }
        p.destroy();
        throw failure(layout, "the container was not ready within " + WAIT.toSeconds() + " s", null);
    }

    private static WorkbookException failure(DockerLayout layout, String what, String next) {
        return WorkbookException.notReady(what).value(layout.keeperLog())
                .next((next == null ? "" : next + "; ") + "read " + layout.keeperLog() + ", then run: workbook db start --provider docker")
                .help("troubleshooting/docker-provider.md").build();
    }

    /**
     * The classpath this code runs with: the class loaders' URLs (notebook kernels and JShell load the workbook
     * through their own loaders) followed by java.class.path. A jar's manifest Class-Path is honoured by java -cp.
     */
    static String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        for (ClassLoader l = KeeperLauncher.class.getClassLoader(); l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader u) {
                for (URL url : u.getURLs()) {
                    toPath(url).ifPresent(entries::add);
                }
            }
        }
        try {
            URL own = KeeperLauncher.class.getProtectionDomain().getCodeSource().getLocation();
            toPath(own).ifPresent(entries::add);
        } catch (SecurityException | NullPointerException e) {
            // no code source: java.class.path below has to do
        }
        for (String e : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!e.isBlank()) {
                entries.add(Path.of(e).toAbsolutePath().toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Optional<String> toPath(URL url) {
        try {
            return "file".equals(url.getProtocol()) ? Optional.of(Path.of(url.toURI()).toString()) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
