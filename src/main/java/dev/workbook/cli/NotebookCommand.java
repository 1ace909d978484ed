package dev.workbook.cli;

import dev.workbook.platform.LoopbackPorts;
import dev.workbook.errors.WorkbookException;
import dev.workbook.config.Settings;
import dev.workbook.db.DbTarget;
import dev.workbook.db.providers.Providers;
import dev.workbook.jupyter.Jupyter;
import dev.workbook.jupyter.KernelInstaller;
import dev.workbook.jupyter.KernelKind;
import dev.workbook.jupyter.KernelTarget;
import dev.workbook.jupyter.NotebookCopies;
import dev.workbook.jupyter.NotebookServer;
import dev.workbook.jupyter.ProjectDir;
import dev.workbook.jupyter.WorkbookEnv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "notebook", mixinStandardHelpOptions = true,
        description = {"Start the database and Jupyter on your own copy of the notebooks (127.0.0.1 only) and print the URL.",
            "JupyterLab if installed, else the classic Notebook. Ctrl-C stops Jupyter; the database keeps running."},
        subcommands = {NotebookExecuteCommand.class})
final class NotebookCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 8888;

    @ParentCommand
    WorkbookCommand root;

    @Option(names = "--home", paramLabel = "DIR", description = "Workbook home (default ~/.workbook; env WORKBOOK_HOME).")
    Path home;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + DEFAULT_PORT,
            description = "Port on 127.0.0.1 (default ${DEFAULT-VALUE}, another free one if taken; 0 = any free port).")
    int port;

    @Option(names = "--no-browser", description = "Do not open a browser; just print the URL.")
    boolean noBrowser;

    @Option(names = "--kernel", paramLabel = "NAME", defaultValue = KernelInstaller.DEFAULT_NAME,
            description = "Kernel the notebooks use (installed first if missing; default ${DEFAULT-VALUE}).")
    String kernelName;

    @Option(names = "--jupyter", paramLabel = "PATH", description = "The jupyter command to use (default: the first working one on PATH).")
    Path jupyterPath;

    @Option(names = "--dir", paramLabel = "DIR", description = "Serve this directory instead of your copies in the workbook home.")
    Path dir;

    @Override
    public Integer call() {
        CliContext ctx = root.ctx;
        Map<String, String> env = ctx.envWithHome(home);
        Settings settings = Settings.load(Map.of(), env);
        Jupyter jupyter = Jupyter.require(env, jupyterPath);
        ProjectDir project = ProjectDir.detect();
        NotebookCopies copies = new NotebookCopies(project, settings.home());
        Path served = dir != null ? dir.toAbsolutePath() : copies.root();
        if (dir == null) {
            copies.refresh().forEach(n -> ctx.err().println("note: " + n));
        }
        if (!Files.isDirectory(served)) {
            throw WorkbookException.badInput("no notebooks directory").value(served)
                    .next("run this from the workbook's project directory, or pass --dir DIR").build();
        }
        KernelInstaller installer = new KernelInstaller(jupyter, project);
        KernelInstaller.Installed kernel = installer.find(kernelName).orElseGet(() -> {
            ctx.out().println("the kernel " + kernelName + " is not installed yet; installing it");
            KernelInstaller.Installed k = installer.install(new KernelInstaller.Request(kernelName,
                    KernelInstaller.DEFAULT_DISPLAY_NAME, KernelKind.RAPAIO, null, KernelTarget.USER, null,
                    WorkbookEnv.pinned(env, settings.home()), settings.home()));
            KernelInstallCommand.print(ctx.out(), k);
            ctx.out().println("  " + installer.buildStartupArchive(k));
            return k;
        });
        String kernelHome = kernel.env().get(Settings.HOME_ENV);
        if (kernelHome != null && !Path.of(kernelHome).equals(settings.home())) {
            ctx.err().println("warning: the kernel uses " + Settings.HOME_ENV + "=" + kernelHome + ", not " + settings.home()
                    + "; to switch, run: workbook kernel install --home " + settings.home());
        }
        DbTarget target = Providers.forSettings(settings).start();
        ctx.out().println("database: " + target);
        int p = port == DEFAULT_PORT && !LoopbackPorts.isFree(port) ? 0 : port;
        Path log = settings.home().resolve("logs").resolve("jupyter.log");
        NotebookServer server = NotebookServer.start(jupyter, served, dir == null ? "notebooks" : "", p, !noBrowser,
                ctx.err(), log);
        Thread stopper = new Thread(server::stop, "stop-jupyter");
        Runtime.getRuntime().addShutdownHook(stopper);
        ctx.out().println("Jupyter " + server.app() + " is running at:");
        ctx.out().println("  " + server.url());
        if (dir == null) {
            ctx.out().println("Your own copies of the chapters: " + copies.notebooks() + " (start one again: delete it, then restart)");
        }
        ctx.out().println("Jupyter's and the kernel's messages: " + log.getParent() + "; stop Jupyter with Ctrl-C.");
        ctx.out().flush();
        try {
            server.process().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.stop();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException ignored) {
                // already shutting down: the hook does the stopping
            }
        }
        return 0;
    }
}
