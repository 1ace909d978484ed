package dev.workbook.sandbox;

import dev.workbook.platform.FileTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * An application class-data-sharing archive for the student JVM: the classes a run loads (JShell, javac, Hibernate,
 * the driver) mapped from one file instead of loaded and verified at every start. Made once per JDK, class path and
 * options under the workbook cache, in the background the first time it is missing (until then student JVMs start
 * without it): a JVM runs {@link Training} and lists the classes it loaded, then {@code -Xshare:dump} archives them.
 * A static archive rather than JDK 17's dynamic one ({@code -XX:ArchiveClassesAtExit}), whose archived lambda proxies
 * crashed the JVM here (SIGSEGV in SystemDictionary::load_shared_lambda_proxy_class); lambda proxies are left out of
 * the class list for the same reason.
 */
final class ClassDataArchive {
    private static final Map<String, Boolean> TRAINING = new ConcurrentHashMap<>();

    private ClassDataArchive() {
    }

    /** The archive to use now, or null (then one is being made for next time, unless disabled). */
    static Path archive(Path cacheDir, List<Path> classpath, int heapMb) {
        if ("off".equals(System.getProperty("workbook.sandbox.cds", System.getenv("WORKBOOK_SANDBOX_CDS")))) {
            return null;
        }
        Path file = cacheDir.resolve("cds").resolve("worker-" + key(classpath, heapMb) + ".jsa");
        if (Files.isRegularFile(file)) {
            return file;
        }
        if (TRAINING.putIfAbsent(file.toString(), Boolean.TRUE) == null) {
            tidy(file.getParent());
            startMaker(file, classpath, heapMb);
        }
        return null;
    }

    /**
     * Makes the archive in a process of its own that outlives this one: the command that needs it (a single
     * {@code workbook check}) usually ends long before the half minute of training does, and a thread of it would die
     * with it, so the archive would never be finished. A lock file keeps two makers from training the same archive.
     */
    private static void startMaker(Path file, List<Path> classpath, int heapMb) {
        List<String> cmd = new ArrayList<>(List.of(JvmCommand.java().toString(), "-XX:TieredStopAtLevel=1", "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), ClassDataArchive.class.getName(), file.toString(),
                Integer.toString(heapMb)));
        classpath.forEach(p -> cmd.add(p.toString()));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            p.getOutputStream().close();
        } catch (IOException e) {
            // Without an archive the student JVM only starts more slowly.
        }
    }

    /** The maker's entry point: {@code ClassDataArchive FILE HEAP_MB CLASSPATH_ENTRY...}. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        List<Path> classpath = java.util.Arrays.stream(args, 2, args.length).map(Path::of).toList();
        Files.createDirectories(file.getParent());
        java.nio.file.Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(lockFile,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             java.nio.channels.FileLock lock = ch.tryLock()) {
            if (lock == null || Files.isRegularFile(file)) {
                return; // another maker is at it, or finished while this one started
            }
            train(file, classpath, Integer.parseInt(args[1]));
        }
    }

    /** Makes the archive now (the benchmark and tests that measure warm figures call this first). */
    static Path ensure(Path cacheDir, List<Path> classpath, int heapMb) {
        Path file = cacheDir.resolve("cds").resolve("worker-" + key(classpath, heapMb) + ".jsa");
        if (!Files.isRegularFile(file)) {
            train(file, classpath, heapMb);
        }
        return Files.isRegularFile(file) ? file : null;
    }

    private static void train(Path file, List<Path> classpath, int heapMb) {
        try {
            Files.createDirectories(file.getParent());
            String partial = file.getFileName() + ".partial-" + ProcessHandle.current().pid();
            Path list = file.resolveSibling(partial + ".classlist");
            Path tmp = file.resolveSibling(partial);
            Path dir = SandboxFiles.newJvmDir();
            try {
                List<String> train = new ArrayList<>(JvmCommand.common(heapMb));
                train.add("-XX:DumpLoadedClassList=" + list);
                train.addAll(List.of("-cp", JvmCommand.joined(classpath), JvmCommand.MAIN, "--train"));
                if (!java(train, dir)) {
                    return;
                }
                List<String> classes = Files.readAllLines(list).stream().filter(l -> !l.startsWith("@")).toList();
                Files.write(list, classes);
                List<String> dump = new ArrayList<>(JvmCommand.common(heapMb));
                dump.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + list, "-XX:SharedArchiveFile=" + tmp,
                        "-cp", JvmCommand.joined(classpath)));
                if (java(dump, dir) && Files.isRegularFile(tmp)) {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
                Files.deleteIfExists(list);
                SandboxFiles.delete(dir);
            }
        } catch (IOException e) {
            // Without an archive the student JVM only starts more slowly.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean java(List<String> options, Path dir) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(JvmCommand.java().toString());
        cmd.addAll(options);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).directory(dir.resolve("work").toFile());
        JvmCommand.environment(pb.environment(), dir);
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return false;
        }
        return p.exitValue() == 0;
    }

    /**
     * Keeps the cache small: an archive is about 60 MB and a new build makes a new one, so only the three newest stay;
     * a partial file whose maker died (the process ended mid-training) goes after ten minutes.
     */
    private static void tidy(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.toList();
            long old = System.currentTimeMillis() - 10 * 60 * 1000;
            List<Path> archives = new ArrayList<>();
            for (Path p : all) {
                String n = p.getFileName().toString();
                if ((n.contains(".partial-") || n.endsWith(".lock")) && Files.getLastModifiedTime(p).toMillis() < old) {
                    Files.deleteIfExists(p);
                } else if (n.endsWith(".jsa")) {
                    archives.add(p);
                }
            }
            FileTrees.keepNewest(archives, 3);
        } catch (IOException e) {
            // Tidying is best effort.
        }
    }

    private static String key(List<Path> classpath, int heapMb) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            StringBuilder sb = new StringBuilder(System.getProperty("java.home")).append('|')
                    .append(System.getProperty("java.vm.version")).append('|').append(heapMb).append('|')
                    .append(JvmCommand.common(heapMb));
            for (Path p : classpath) {
                sb.append('|').append(p).append(':').append(Files.size(p)).append(':').append(Files.getLastModifiedTime(p).toMillis());
            }
            return HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 20);
        } catch (NoSuchAlgorithmException | IOException e) {
            return "unkeyed";
        }
    }
}
