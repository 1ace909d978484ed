package dev.workbook.cli;

import dev.workbook.errors.ExitCode;
import dev.workbook.errors.WorkbookException;
import dev.workbook.config.Settings;
import dev.workbook.db.DbTarget;
import dev.workbook.db.providers.Providers;
import dev.workbook.jupyter.Jupyter;
import dev.workbook.jupyter.KernelInstaller;
import dev.workbook.jupyter.NotebookExecutor;
import dev.workbook.jupyter.NotebookRun;
import dev.workbook.jupyter.ProjectDir;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "execute", mixinStandardHelpOptions = true,
        description = {"Run notebooks headlessly with the installed kernel, as Run All would, and report each.",
            "A cell that errors (other than one tagged raises-exception) fails its notebook: exit code 1."
                + " Executed copies go to the output directory; the notebooks themselves are not changed."})
final class NotebookExecuteCommand implements Callable<Integer> {
    @ParentCommand
    NotebookCommand notebook;

    @Parameters(paramLabel = "NOTEBOOK", arity = "0..*", description = "Notebooks to run (default: every notebooks/*.ipynb, in order).")
    List<Path> notebooks = new ArrayList<>();

    @Option(names = "--kernel", paramLabel = "NAME", defaultValue = KernelInstaller.DEFAULT_NAME,
            description = "Installed kernel to use (default ${DEFAULT-VALUE}).")
    String kernelName;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Where executed copies go (default target/notebooks-executed).")
    Path outputDir;

    @Option(names = "--cell-timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "Longest a single cell may run (default ${DEFAULT-VALUE}).")
    long cellTimeout;

    @Option(names = "--jupyter", paramLabel = "PATH", description = "The jupyter command to use (default: the first working one on PATH).")
    Path jupyterPath;

    @Override
    public Integer call() {
        CliContext ctx = notebook.root.ctx;
        Jupyter jupyter = Jupyter.require(ctx.env(), jupyterPath);
        ProjectDir project = ProjectDir.detect();
        KernelInstaller.Installed kernel = new KernelInstaller(jupyter, project).find(kernelName)
                .orElseThrow(() -> WorkbookException.notReady("the kernel is not installed").value(kernelName)
                        .next("workbook kernel install").build());
        // The kernel's own environment wins, as when Jupyter starts it: start the server it will use.
        Map<String, String> env = new HashMap<>(ctx.env());
        env.putAll(kernel.env());
        DbTarget target = Providers.forSettings(Settings.load(Map.of(), env)).start();
        ctx.out().println("database: " + target + "   kernel: " + kernelName);
        List<Path> todo = notebooks.isEmpty() ? NotebookExecutor.discover(project.notebooks()) : notebooks;
        if (todo.isEmpty()) {
            throw WorkbookException.badInput("no notebooks to run").value(project.notebooks())
                    .next("name them: workbook notebook execute notebooks/01-....ipynb").build();
        }
        Path out = outputDir != null ? outputDir : project.dir().resolve("target").resolve("notebooks-executed");
        NotebookExecutor executor = new NotebookExecutor(jupyter, kernelName, out, Duration.ofSeconds(cellTimeout));
        int failed = 0;
        long t0 = System.nanoTime();
        for (Path nb : todo) {
            NotebookRun run = executor.execute(nb);
            ctx.out().println(run.report());
            ctx.out().flush();
            failed += run.passed() ? 0 : 1;
        }
        double total = (System.nanoTime() - t0) / 1e9;
        ctx.out().printf("%d notebook(s), %d failed, %.1f s in all (executed copies in %s)%n", todo.size(), failed, total, out);
        return failed == 0 ? ExitCode.OK.code() : ExitCode.CHECKS_FAILED.code();
    }
}
