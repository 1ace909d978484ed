package dev.workbook.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "kernel", mixinStandardHelpOptions = true,
        description = "Install, inspect or remove the Java kernel that Jupyter uses for the workbook's notebooks.",
        subcommands = {KernelInstallCommand.class, KernelStatusCommand.class, KernelUninstallCommand.class})
final class KernelCommand implements Callable<Integer> {
    @ParentCommand
    WorkbookCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(root.ctx.out());
        return 0;
    }
}
