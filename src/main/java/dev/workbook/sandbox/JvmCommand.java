package dev.workbook.sandbox;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The student JVM's command line: limits (heap, exit on OutOfMemoryError), fast start for a short-lived JVM (C1 only,
 * serial GC, no perf data file, the class-data-sharing archive when there is one), process creation blocked, its home
 * and temporary directory inside its private directory, and the filtered class path.
 */
final class JvmCommand {
    static final String MAIN = "dev.workbook.sandbox.WorkerMain";

    private JvmCommand() {
    }

    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** Options shared by the worker and the JVMs that make its class-data-sharing archive. */
    static List<String> common(int heapMb) {
        return List.of("-Xmx" + heapMb + "m", "-Xss1m", "-XX:+ExitOnOutOfMemoryError", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xlog:cds=off", "-Dfile.encoding=UTF-8", "-Dcom.mysql.cj.disableAbandonedConnectionCleanup=true",
                "-D" + ProcessBlocker.PROPERTY + "=" + ProcessBlocker.VALUE);
    }

    static List<String> worker(Limits limits, List<Path> classpath, Path archive, Path jvmDir) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java().toString());
        cmd.addAll(common(limits.heapMb()));
        // With no usable archive (or a stale one) the JVM silently starts without it.
        cmd.add("-Xshare:auto");
        if (archive != null) {
            cmd.add("-XX:SharedArchiveFile=" + archive);
        }
        Path work = jvmDir.resolve("work");
        cmd.add("-Duser.home=" + work);
        cmd.add("-Djava.io.tmpdir=" + work.resolve("tmp"));
        cmd.add("-cp");
        cmd.add(joined(classpath));
        cmd.add(MAIN);
        cmd.add(jvmDir.resolve("control.sock").toString());
        return cmd;
    }

    static String joined(List<Path> classpath) {
        return String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList());
    }

    /**
     * Nothing from this process's environment reaches the student's code (it may hold the administrative password):
     * a search path, a UTF-8 locale, the time zone, and a home inside the private directory.
     */
    static void environment(Map<String, String> env, Path jvmDir) {
        String tz = env.get("TZ");
        Map<String, String> windows = new java.util.HashMap<>();
        for (String k : List.of("SystemRoot", "windir", "TEMP", "TMP")) {
            // Windows' socket library does not start without SystemRoot.
            if (env.get(k) != null && System.getProperty("os.name", "").startsWith("Windows")) {
                windows.put(k, env.get(k));
            }
        }
        env.clear();
        env.putAll(windows);
        env.put("PATH", "/usr/bin:/bin");
        env.put("LANG", "C.UTF-8");
        env.put("HOME", jvmDir.resolve("work").toString());
        if (tz != null) {
            env.put("TZ", tz);
        }
    }
}
