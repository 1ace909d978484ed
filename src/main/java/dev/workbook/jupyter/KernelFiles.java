package dev.workbook.jupyter;

import dev.workbook.errors.WorkbookException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kernel's support files in the workbook home (jupyter/NAME): the kernel itself (rapaio's jar and the launcher
 * that fixes its start-up race, or a copy of an IJava/JJava release) and the startup script.
 */
final class KernelFiles {
    /**
     * Notebook cells are short and mostly compile, load classes and wait on the database: the quick JIT tier and
     * the serial collector halve a chapter's time (04-inserting: 17-21 s to 8-12 s on 2 busy cores).
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private final ProjectDir project;

    KernelFiles(ProjectDir project) {
        this.project = project;
    }

    /** Writes the kernel's support files under {@code files} and returns the kernel.json that uses them. */
    KernelSpec prepare(KernelInstaller.Request r, Path files) {
        String java = javaExecutable();
        KernelKind kind = r.kind();
        try {
            Dirs.deleteTree(files);
            Files.createDirectories(files);
            List<String> argv;
            Map<String, String> env = new LinkedHashMap<>();
            if (r.kernelDir() == null) {
                if (kind != KernelKind.RAPAIO) {
                    throw WorkbookException.badInput("--kind " + kind.id() + " needs the release you downloaded")
                            .value(kind.id()).next("add --kernel-dir DIR (the unzipped " + kind.id() + " release), or drop --kind to use rapaio")
                            .build();
                }
                Path jar = project.rapaioJar();
                Path copy = files.resolve(jar.getFileName().toString());
                Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
                Path launcher = KernelArchive.writeLauncherJar(files);
                argv = new ArrayList<>(List.of(java));
                argv.addAll(JVM_OPTIONS);
                argv.addAll(KernelArchive.QUIET_CDS);
                argv.add("-XX:SharedArchiveFile=" + files.resolve(KernelArchive.ARCHIVE));
                // KernelErrors reaches the cells' class loader (JShell's) to load the workbook's explainer
                argv.add("--add-opens=jdk.jshell/jdk.jshell.execution=ALL-UNNAMED");
                argv.addAll(List.of("-cp", copy + File.pathSeparator + launcher, RapaioLauncher.class.getName(), "{connection_file}"));
            } else {
                ReleaseDir release = ReleaseDir.of(r.kernelDir());
                if (kind == null) {
                    kind = release.guessKind().orElseThrow(() -> WorkbookException
                            .badInput("cannot tell whether --kernel-dir holds IJava or JJava").value(r.kernelDir())
                            .next("add --kind ijava or --kind jjava").build());
                }
                if (kind == KernelKind.RAPAIO) {
                    throw WorkbookException.badInput("rapaio is fetched through Maven, not from a directory")
                            .value(r.kernelDir()).next("drop --kernel-dir, or say --kind ijava / --kind jjava").build();
                }
                argv = release.installInto(files.resolve("kernel"), java);
                env.putAll(release.templateEnv());
            }
            Path init = files.resolve("init.jsh");
            Files.writeString(init, KernelInstaller.INIT_CODE);
            List<String> cp = r.classpath() != null ? r.classpath() : project.packagedClasspath();
            env.putAll(kind.env(cp, files, init, KernelInstaller.INIT_CODE));
            if (kind == KernelKind.RAPAIO) {
                env.put(KernelLog.ENV, kernelLog(r.home()).toString());
            }
            env.putAll(r.pinnedEnv());
            return new KernelSpec(r.displayName(), kind, argv, env, files, project.dir());
        } catch (IOException e) {
            throw WorkbookException.notReady("could not write the kernel's files").value(files)
                    .next("check that the workbook home is writable").cause(e).build();
        }
    }

    /** Where the kernel's own messages go (named in troubleshooting/jupyter-not-found.md). */
    static Path kernelLog(Path home) {
        return home.toAbsolutePath().normalize().resolve("logs").resolve("kernel.log");
    }

    static String javaExecutable() {
        boolean windows = System.getProperty("os.name", "").toLowerCase().contains("win");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java").toString();
    }
}
