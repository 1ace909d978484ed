package dev.workbook.sandbox;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * bubblewrap (Linux): the student JVM in new namespaces (no network but its relay to the database, its own PID
 * namespace, killed with its parent), on an empty root with read-only binds of /usr (the JDK and the libraries it
 * links), the JDK's configuration outside /usr, and each class path jar; a private /tmp; its private directory
 * read-write. No home directory, so no ~/.workbook with its passwords; no project tree, so no check classes.
 */
final class Bubblewrap {
    /** Whether bwrap runs a JVM here, and if not why; probed once per process. */
    record Probe(Path executable, boolean works, String reason) {
    }

    private static volatile Probe probe;

    private Bubblewrap() {
    }

    static Probe probe() {
        Probe p = probe;
        if (p == null) {
            synchronized (Bubblewrap.class) {
                p = probe;
                if (p == null) {
                    p = runProbe();
                    probe = p;
                }
            }
        }
        return p;
    }

    private static Probe runProbe() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return new Probe(null, false, "bubblewrap is Linux only");
        }
        Path bwrap = onPath("bwrap");
        if (bwrap == null) {
            return new Probe(null, false, "bwrap is not installed (Debian/Ubuntu: apt-get install bubblewrap)");
        }
        Path dir = SandboxFiles.newJvmDir();
        try {
            List<String> cmd = new ArrayList<>(args(bwrap, dir, List.of()));
            cmd.addAll(List.of(JvmCommand.java().toString(), "-Xshare:auto", "-version"));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            JvmCommand.environment(pb.environment(), dir);
            Process proc = pb.start();
            proc.getOutputStream().close();
            byte[] out = proc.getInputStream().readNBytes(4096);
            if (!proc.waitFor(20, TimeUnit.SECONDS)) {
                proc.destroyForcibly();
                return new Probe(bwrap, false, "bwrap did not start a JVM within 20 s");
            }
            if (proc.exitValue() != 0) {
                String first = new String(out, StandardCharsets.UTF_8).strip().lines().findFirst().orElse("");
                return new Probe(bwrap, false, "bwrap cannot run a JVM here (exit " + proc.exitValue() + ": " + first
                        + "); unprivileged user namespaces may be disabled, or this is a container without them");
            }
            return new Probe(bwrap, true, null);
        } catch (IOException e) {
            return new Probe(bwrap, false, "bwrap failed to start: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(bwrap, false, "interrupted while probing bwrap");
        } finally {
            SandboxFiles.delete(dir);
        }
    }

    /** bwrap's options, ending with "--": append the java command. {@code files} are bound read-only at their paths. */
    static List<String> args(Path bwrap, Path jvmDir, List<Path> files) {
        List<String> a = new ArrayList<>(List.of(bwrap.toString(), "--unshare-all", "--die-with-parent", "--new-session",
                "--cap-drop", "ALL", "--ro-bind", "/usr", "/usr"));
        for (String top : List.of("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")) {
            Path p = Path.of(top);
            try {
                if (Files.isSymbolicLink(p)) {
                    a.addAll(List.of("--symlink", Files.readSymbolicLink(p).toString(), top));
                } else if (Files.isDirectory(p)) {
                    a.addAll(List.of("--ro-bind", top, top));
                }
            } catch (IOException e) {
                // Not there on this system: nothing to bind.
            }
        }
        for (Path p : jdkOutsideUsr()) {
            a.addAll(List.of("--ro-bind-try", p.toString(), p.toString()));
        }
        for (String f : List.of("/etc/localtime", "/etc/timezone")) {
            a.addAll(List.of("--ro-bind-try", f, f));
        }
        a.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"));
        for (Path f : files) {
            a.addAll(List.of("--ro-bind", f.toString(), f.toString()));
        }
        Path work = jvmDir.resolve("work");
        a.addAll(List.of("--bind", jvmDir.toString(), jvmDir.toString(), "--chdir", work.toString(), "--"));
        return a;
    }

    private static volatile Set<Path> jdkExtras;

    /** The JDK itself when it is not under /usr, and what its symbolic links point to outside it (Debian: /etc/java-17-openjdk). */
    static Set<Path> jdkOutsideUsr() {
        Set<Path> s = jdkExtras;
        if (s != null) {
            return s;
        }
        Set<Path> out = new LinkedHashSet<>();
        try {
            Path home = Path.of(System.getProperty("java.home")).toRealPath();
            if (!home.startsWith("/usr")) {
                out.add(home);
            }
            try (Stream<Path> walk = Files.walk(Path.of(System.getProperty("java.home")))) {
                walk.filter(Files::isSymbolicLink).forEach(link -> {
                    try {
                        Path real = link.toRealPath();
                        if (!real.startsWith("/usr") && !real.startsWith(home)) {
                            out.add(real);
                        }
                    } catch (IOException e) {
                        // A dangling link (Debian's src.zip without the source package) is left out.
                    }
                });
            }
        } catch (IOException e) {
            // Without the list the probe fails and the process-only containment is used.
        }
        jdkExtras = java.util.Collections.unmodifiableSet(out);
        return jdkExtras;
    }

    static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                return p;
            }
        }
        return null;
    }
}
