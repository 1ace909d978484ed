package dev.workbook.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Start, stop and inspect the workbook's MySQL-compatible server.",
        subcommands = {DbStartCommand.class, DbStopCommand.class, DbStatusCommand.class, DbUrlCommand.class})
final class DbCommand implements Callable<Integer> {
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
