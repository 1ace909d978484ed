package dev.workbook.jupyter;

import dev.workbook.errors.WorkbookException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Executes notebooks headlessly with a real kernel through `jupyter nbconvert --execute`, one process per notebook
 * so a kernel that dies or hangs takes only its own notebook down. Errors are allowed during the run and judged
 * afterwards from the executed copy, so the report can name the cell and show the error the student would see.
 */
public final class NotebookExecutor {
    /** A JVM kernel answers in 2-5 s; minutes mean it never will. */
    static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private final Jupyter jupyter;
    private final String kernelName;
    private final Path outputDir;
    private final Duration cellTimeout;

    public NotebookExecutor(Jupyter jupyter, String kernelName, Path outputDir, Duration cellTimeout) {
        this.jupyter = jupyter;
        this.kernelName = kernelName;
        this.outputDir = outputDir.toAbsolutePath();
        this.cellTimeout = cellTimeout;
    }

    /** The notebooks of a directory in chapter order (file name order); checkpoints are not notebooks. */
    public static List<Path> discover(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".ipynb") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kernel start failures (rather than cell failures) that are worth one more try: the JVM kernel did not answer. */
    static boolean kernelDidNotStart(ProcessResult res) {
        String err = res.err();
        return !res.ok() && (err.contains("Kernel didn't respond") || err.contains("Kernel died before replying"));
    }

    public NotebookRun execute(Path notebook) {
        if (!Files.isRegularFile(notebook)) {
            throw WorkbookException.badInput("no such notebook").value(notebook)
                    .next("list them: ls notebooks/*.ipynb").build();
        }
        Path nb = notebook.toAbsolutePath().normalize();
        Path out = outputDir.resolve(nb.getFileName().toString());
        try {
            Files.createDirectories(outputDir);
            Files.deleteIfExists(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> args = List.of("nbconvert", "--to", "notebook", "--execute", "--allow-errors",
                "--ExecutePreprocessor.kernel_name=" + kernelName,
                "--ExecutePreprocessor.timeout=" + cellTimeout.toSeconds(),
                "--ExecutePreprocessor.startup_timeout=" + STARTUP_TIMEOUT.toSeconds(),
                "--output-dir=" + outputDir, "--output=" + nb.getFileName(), nb.toString());
        long t0 = System.nanoTime();
        // generous overall limit: every cell at its timeout is already caught by nbconvert itself
        Duration limit = cellTimeout.multipliedBy(20).plusMinutes(3);
        ProcessResult res = jupyter.run(limit, Map.of(), args);
        boolean retried = kernelDidNotStart(res);
        if (retried) {
            // Rarely a kernel never answers (its ports taken between Jupyter choosing and the kernel binding them):
            // one retry, reported, with the first attempt's log kept for whoever wants to know why.
            writeQuietly(outputDir.resolve(nb.getFileName() + ".first-attempt.log"), res.err());
            res = jupyter.run(limit, Map.of(), args);
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - t0);
        if (!res.ok() || !Files.isRegularFile(out)) {
            return new NotebookRun(nb, out, wall, Duration.ZERO, 0, List.of(),
                    "jupyter nbconvert exited with " + res.exitCode() + ":" + System.lineSeparator() + res.tail(25), retried);
        }
        ExecutedNotebook.Analysis a = ExecutedNotebook.analyze(out);
        return new NotebookRun(nb, out, wall, a.cellTime(), a.codeCells(), a.problems(), null, retried);
    }

    private static void writeQuietly(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            // only a diagnostic
        }
    }
}
