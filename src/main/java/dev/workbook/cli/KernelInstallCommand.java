package dev.workbook.cli;

import dev.workbook.config.Versions;
import dev.workbook.errors.WorkbookException;
import dev.workbook.config.Settings;
import dev.workbook.jupyter.CliArchive;
import dev.workbook.jupyter.Jupyter;
import dev.workbook.jupyter.KernelInstaller;
import dev.workbook.jupyter.KernelKind;
import dev.workbook.jupyter.ProjectDir;
import dev.workbook.jupyter.WorkbookEnv;
import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "install", mixinStandardHelpOptions = true,
        description = {"Install the Java kernel \"Java (workbook)\" for the notebooks; safe to run again.",
            "Its classpath holds the workbook's classes and its environment the workbook's settings, so notebooks need"
                + " no magics and reach the same database."})
final class KernelInstallCommand implements Callable<Integer> {
    @ParentCommand
    KernelCommand kernel;

    @Mixin
    KernelLocationOptions where;

    @Option(names = "--display-name", paramLabel = "TEXT", defaultValue = KernelInstaller.DEFAULT_DISPLAY_NAME,
            description = "Name shown in Jupyter's kernel menu (default ${DEFAULT-VALUE}).")
    String displayName;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "rapaio (default, fetched through Maven), ijava or jjava (with --kernel-dir).")
    String kind;

    @Option(names = "--kernel-dir", paramLabel = "DIR", description = "An IJava or JJava release you downloaded and unzipped.")
    Path kernelDir;

    @Option(names = "--home", paramLabel = "DIR", description = "Workbook home the kernel uses (default ~/.workbook; env WORKBOOK_HOME).")
    Path home;

    @Option(names = "--classpath", paramLabel = "ENTRIES", hidden = true,
            description = "Classpath entries (OS path separator) instead of the packaged workbook: for tests, before the jar exists.")
    String classpath;

    @Option(names = "--no-archive", description = "Skip the training run that builds the kernel's start-up archive (faster install, slower kernel start).")
    boolean noArchive;

    @Override
    public Integer call() {
        CliContext ctx = kernel.root.ctx;
        KernelKind k = kind == null ? (kernelDir == null ? KernelKind.RAPAIO : null) : KernelKind.parse(kind);
        if (kind != null && k == null) {
            throw WorkbookException.badInput("unknown kernel kind").value(kind).next("use --kind rapaio, ijava or jjava").build();
        }
        Map<String, String> env = ctx.envWithHome(home);
        Path h = Settings.homeFrom(env);
        Jupyter jupyter = Jupyter.require(ctx.env(), where.jupyter);
        KernelInstaller installer = new KernelInstaller(jupyter, ProjectDir.detect());
        KernelInstaller.Installed done = installer.install(new KernelInstaller.Request(where.name, displayName, k, kernelDir,
                where.target(), classpath == null ? null : List.of(classpath.split(File.pathSeparator)), WorkbookEnv.pinned(env, h), h));
        print(ctx.out(), done);
        if (!noArchive) {
            ctx.out().println("  " + installer.buildStartupArchive(done));
            ctx.out().println("  " + CliArchive.build(ProjectDir.detect(), ctx.env()));
        }
        for (String secret : WorkbookEnv.secretsLeftOut(env)) {
            ctx.out().println("  note:       " + secret + " is not written into kernel.json; start Jupyter from this shell"
                    + " (workbook notebook) or put the password in " + h.resolve(Settings.CONFIG_FILE_NAME));
        }
        ctx.out().println("  next:       workbook notebook");
        return 0;
    }

    static void print(PrintWriter out, KernelInstaller.Installed k) {
        Map<String, String> env = k.env();
        String kindId = KernelStatusCommand.kind(k);
        out.println("installed kernel " + k.name() + " (" + k.kernelJson().get("display_name") + ", "
                + (kindId.equals("rapaio") ? "rapaio-jupyter-kernel " + Versions.get("rapaio-kernel.version") : kindId) + ")");
        out.println("  kernelspec: " + k.specDir().resolve("kernel.json"));
        KernelKind kk = KernelKind.parse(kindId);
        if (kk != null) {
            out.println("  classpath:  " + kk.classpathVariable() + "=" + env.get(kk.classpathVariable()));
        }
        out.println("  database:   " + Settings.HOME_ENV + "=" + env.get(Settings.HOME_ENV)
                + " (the same server as workbook db start)");
    }
}
