package dev.workbook.sandbox;

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
 * An application class-data-sharing archive for the student JVM (JDK 13+ dynamic archive): the classes a run loads
 * (JShell, javac, Hibernate, the driver) mapped from one file instead of loaded and verified at every start. Made once
 * per JDK, class path and options under the workbook cache, by a one-off JVM started in the background the first time
 * it is missing; until it exists, student JVMs start without it.
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
            Thread t = new Thread(() -> train(file, classpath, heapMb), "workbook-cds-training");
            t.setDaemon(true);
            t.start();
        }
        return null;
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
            Path tmp = file.resolveSibling(file.getFileName() + ".partial-" + ProcessHandle.current().pid());
            List<String> cmd = new ArrayList<>();
            cmd.add(JvmCommand.java().toString());
            cmd.addAll(JvmCommand.common(heapMb));
            cmd.add("-XX:ArchiveClassesAtExit=" + tmp);
            cmd.addAll(List.of("-cp", JvmCommand.joined(classpath), JvmCommand.MAIN, "--train"));
            Path dir = SandboxFiles.newJvmDir();
            try {
                ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).directory(dir.toFile());
                JvmCommand.environment(pb.environment(), dir);
                Process p = pb.start();
                p.getOutputStream().close();
                if (!p.waitFor(3, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                } else if (p.exitValue() == 0 && Files.isRegularFile(tmp)) {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
                SandboxFiles.delete(dir);
            }
        } catch (IOException e) {
            // Without an archive the student JVM only starts more slowly.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
