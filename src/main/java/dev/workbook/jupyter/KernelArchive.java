package dev.workbook.jupyter;

import dev.workbook.json.Json;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Class-data sharing for the kernel's JVM (JDK 17 dynamic AppCDS): at kernel install, one training run of the kernel
 * through Jupyter runs typical cells (an entity, a SessionFactory on a table it creates and drops again, queries, SQL,
 * values, errors) and writes {@value #ARCHIVE}; every kernel start then maps those classes (rapaio, JShell and javac, and the
 * Hibernate, Connector/J and workbook classes the cells load) instead of loading and verifying them again. Measured on
 * 2 busy cores: "Kernel ready" plus the first cell 2.6-3.5 s to 2.0-2.5 s, chapter 11's Run All 7-10 s to 5-7 s.
 * <p>
 * CDS needs jars on the class path, hence {@value #LAUNCHER_JAR}. A missing or stale archive (the workbook rebuilt)
 * is ignored silently by the JVM ({@code -Xshare:auto}, CDS logging off): the kernel only starts slower.
 */
final class KernelArchive {
    static final String ARCHIVE = "kernel.jsa";
    /** The throwaway kernelspec of the training run. */
    static final String KERNEL = "workbook-java-training";
    static final String LAUNCHER_JAR = "launcher.jar";
    /** Options every kernel start and the training run share (an archive only maps with the same GC and flags). */
    static final List<String> QUIET_CDS = List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    static final String SNIPPET_SEPARATOR = "//--";
    static final String TRAINING_CODE = String.join("\n" + SNIPPET_SEPARATOR + "\n", List.of(
            "import dev.workbook.Workbook;\nimport jakarta.persistence.*;\nimport java.util.List;\nimport org.hibernate.SessionFactory;",
            "@Entity(name = \"WorkbookWarmUp\")\n@Table(name = \"workbook_warm_up\")\nclass WarmUp {\n    @Id Long id;\n    String name;\n"
                    + "    public String toString() { return \"<WarmUp \" + name + \">\"; }\n}",
            "SessionFactory sf = Workbook.hibernate(WarmUp.class).showSql()\n"
                    + "        .schema(org.hibernate.tool.schema.Action.CREATE_DROP).build(); // dropped again at close",
            "sf.inTransaction(s -> s.persist(new WarmUp()));",
            "sf.fromSession(s -> s.createNativeQuery(\"select 1\", Integer.class).getSingleResult())",
            "sf.fromSession(s -> s.createSelectionQuery(\"from WorkbookWarmUp where name = :n\", WarmUp.class)"
                    + ".setParameter(\"n\", \"x\").getResultList())",
            "List.of(new WarmUp(), new WarmUp())",
            "Workbook.sql(\"SELECT 1 AS one\");",
            "sf.close();",
            "missingName.toString()"));

    private KernelArchive() {
    }

    /** The launcher's classes as a jar (CDS maps classes from jars only); fixed timestamps, so reinstalls match. */
    static Path writeLauncherJar(Path files) throws IOException {
        Path jar = files.resolve(LAUNCHER_JAR);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            for (Class<?> c : RapaioLauncher.CLASSES) {
                String resource = c.getName().replace('.', '/') + ".class";
                JarEntry e = new JarEntry(resource);
                e.setLastModifiedTime(FileTime.fromMillis(0));
                j.putNextEntry(e);
                try (InputStream in = RapaioLauncher.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IOException("missing " + resource + " in the workbook's classes");
                    }
                    in.transferTo(j);
                }
                j.closeEntry();
            }
        }
        return jar;
    }

    /**
     * Runs the training notebook through Jupyter with a throwaway kernelspec: the installed kernel's command plus
     * {@code -XX:ArchiveClassesAtExit}, so the archive holds what a real session loads (channels, messages, display,
     * JShell, Hibernate). Returns a line for the user: the archive's size, or why there is none.
     */
    static String train(Jupyter jupyter, Map<String, Object> kernelJson, Path files) {
        Path archive = files.resolve(ARCHIVE);
        Path work = null;
        try {
            Files.deleteIfExists(archive);
            work = Files.createTempDirectory("workbook-kernel-training");
            Map<String, Object> spec = new LinkedHashMap<>(kernelJson);
            List<String> argv = new ArrayList<>();
            for (Object a : (List<?>) kernelJson.get("argv")) {
                argv.add(String.valueOf(a).startsWith("-XX:SharedArchiveFile=") ? "-XX:ArchiveClassesAtExit=" + archive : String.valueOf(a));
            }
            spec.put("argv", argv);
            Path specDir = Files.createDirectories(work.resolve("kernels").resolve(KERNEL));
            Files.writeString(specDir.resolve("kernel.json"), Json.write(spec));
            Path notebook = work.resolve("training.ipynb");
            Files.writeString(notebook, notebook());
            String path = jupyter.env().getOrDefault("JUPYTER_PATH", "");
            long t0 = System.nanoTime();
            ProcessResult r = jupyter.run(Duration.ofMinutes(3), Map.of("JUPYTER_PATH", work + (path.isEmpty() ? "" : File.pathSeparator + path)),
                    List.of("nbconvert", "--to", "notebook", "--execute", "--allow-errors",
                            "--ExecutePreprocessor.kernel_name=" + KERNEL, "--ExecutePreprocessor.timeout=120",
                            // the archive is written as the JVM exits; Jupyter's default 5 s would kill it mid-write
                            "--KernelManager.shutdown_wait_time=120",
                            "--output-dir=" + work, "--output=trained.ipynb", notebook.toString()));
            if (!r.ok() || !Files.isRegularFile(archive) || !usable(argv, archive)) {
                Files.deleteIfExists(archive);
                return "start-up archive: not built (" + (r.ok() ? "the kernel wrote none that maps" : r.tail(1))
                        + "); the kernel starts without it";
            }
            return String.format("start-up archive: %s (%d MB, built in %.0f s)", archive, Files.size(archive) >> 20,
                    (System.nanoTime() - t0) / 1e9);
        } catch (IOException | RuntimeException e) {
            return "start-up archive: not built (" + e.getMessage() + "); the kernel starts without it";
        } finally {
            if (work != null) {
                Dirs.deleteTree(work);
            }
        }
    }

    /** Whether a JVM with the kernel's options maps the archive ({@code -Xshare:on} refuses to start otherwise). */
    static boolean usable(List<String> kernelArgv, Path archive) throws IOException {
        List<String> cmd = new ArrayList<>();
        for (String a : kernelArgv) {
            if (a.equals(RapaioLauncher.class.getName())) {
                break;
            }
            cmd.add(a.startsWith("-XX:ArchiveClassesAtExit=") ? "-XX:SharedArchiveFile=" + archive
                    : a.equals("-Xshare:auto") ? "-Xshare:on" : a);
        }
        cmd.add("-version");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String notebook() {
        List<Object> cells = new ArrayList<>();
        for (String code : TRAINING_CODE.split("\n" + SNIPPET_SEPARATOR + "\n")) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("cell_type", "code");
            c.put("execution_count", null);
            c.put("id", "t" + cells.size());
            c.put("metadata", Map.of());
            c.put("outputs", List.of());
            c.put("source", code);
            cells.add(c);
        }
        Map<String, Object> nb = new LinkedHashMap<>();
        nb.put("cells", cells);
        nb.put("metadata", Map.of("kernelspec", Map.of("name", KERNEL, "display_name", KERNEL, "language", "java")));
        nb.put("nbformat", 4);
        nb.put("nbformat_minor", 5);
        return Json.write(nb);
    }
}
