package dev.workbook.cli;

import dev.workbook.jupyter.Jupyter;
import dev.workbook.jupyter.KernelInstaller;
import dev.workbook.jupyter.ProjectDir;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "uninstall", mixinStandardHelpOptions = true,
        description = "Remove the kernel installed by 'workbook kernel install' (never a kernel it did not install).")
final class KernelUninstallCommand implements Callable<Integer> {
    @ParentCommand
    KernelCommand kernel;

    @Mixin
    KernelLocationOptions where;

    @Override
    public Integer call() {
        CliContext ctx = kernel.root.ctx;
        Jupyter jupyter = Jupyter.require(ctx.env(), where.jupyter);
        Optional<Path> removed = new KernelInstaller(jupyter, ProjectDir.detect()).uninstall(where.name, where.target());
        if (removed.isPresent()) {
            ctx.out().println("removed kernel " + where.name + " from " + removed.get());
        } else {
            ctx.out().println("kernel " + where.name + " is not installed; nothing to remove");
        }
        return 0;
    }
}
