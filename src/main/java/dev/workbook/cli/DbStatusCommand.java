package dev.workbook.cli;

import dev.workbook.errors.ExitCode;
import dev.workbook.db.providers.Providers;
import dev.workbook.db.ServerStatus;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Say whether the server runs, without starting it. Exit code 3 when it does not.")
final class DbStatusCommand implements Callable<Integer> {
    @ParentCommand
    DbCommand db;

    @Mixin
    ConnectionOptions options;

    @Override
    public Integer call() {
        CliContext ctx = db.root.ctx;
        ServerStatus s = Providers.forSettings(options.settings(ctx)).status();
        ctx.out().println(s.summary());
        s.details().forEach((k, v) -> ctx.out().printf("  %-15s %s%n", k + ":", v));
        return s.running() ? 0 : ExitCode.ENVIRONMENT_NOT_READY.code();
    }
}
