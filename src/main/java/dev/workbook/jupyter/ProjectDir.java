package dev.workbook.jupyter;

import dev.workbook.config.Versions;
import dev.workbook.errors.WorkbookException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The workbook's project directory (pom.xml, notebooks/, target/), found from where this code was loaded. */
public record ProjectDir(Path dir) {
    static final String BUILD = "./mvnw -Dmaven.test.skip=true package";

    /** Tests set workbook.project.dir; otherwise target/workbook.jar or target/classes tell where the project is. */
    public static ProjectDir detect() {
        String prop = System.getProperty("workbook.project.dir");
        if (prop != null && !prop.isBlank()) {
            return new ProjectDir(Path.of(prop).toAbsolutePath().normalize());
        }
        try {
            Path code = Path.of(ProjectDir.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = code.getParent();
            if (target != null && target.getFileName() != null && target.getFileName().toString().equals("target")
                    && target.getParent() != null) {
                return new ProjectDir(target.getParent());
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to the working directory
        }
        return new ProjectDir(Path.of("").toAbsolutePath());
    }

    public Path notebooks() {
        return dir.resolve("notebooks");
    }

    Path target() {
        return dir.resolve("target");
    }

    /** The kernel classpath of a packaged workbook: its jar and every runtime library, as a glob. */
    List<String> packagedClasspath() {
        Path jar = target().resolve("workbook.jar");
        if (!Files.isRegularFile(jar)) {
            throw WorkbookException.notReady("the workbook is not built yet, so the kernel would have no classes")
                    .value(jar).next("run: " + BUILD + " (or any ./workbook command), then workbook kernel install").build();
        }
        return List.of(jar.toString(), target().resolve("lib").resolve("*").toString());
    }

    /** target/classes and the runtime libraries in target/classpath.txt: usable before the jar exists (tests). */
    public List<String> buildClasspath() {
        Path cp = target().resolve("classpath.txt");
        List<String> entries = new ArrayList<>();
        entries.add(target().resolve("classes").toString());
        try {
            String text = Files.readString(cp).strip();
            Stream.of(text.split(File.pathSeparator)).filter(s -> !s.isBlank()).forEach(entries::add);
        } catch (IOException e) {
            throw new UncheckedIOException("missing " + cp + "; run " + BUILD, e);
        }
        return entries;
    }

    /** The rapaio kernel jar that the build copies from Maven Central (pom.xml, execution copy-jupyter-kernel). */
    Path rapaioJar() {
        String v = Versions.get("rapaio-kernel.version");
        Path jar = target().resolve("jupyter").resolve("rapaio-jupyter-kernel-" + v + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw WorkbookException.notReady("the rapaio Java kernel has not been fetched by the build")
                    .value(jar).next("run: " + BUILD + " (Maven downloads io.github.padreati:rapaio-jupyter-kernel:" + v + ")")
                    .help(JupyterHelp.PAGE).build();
        }
        return jar;
    }
}
