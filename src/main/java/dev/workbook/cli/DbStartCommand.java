package dev.workbook.cli;

import dev.workbook.db.DbTarget;
import dev.workbook.db.providers.Providers;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "start", mixinStandardHelpOptions = true,
        description = "Start the server, or attach to the one already running, and create the workbook database.")
final class DbStartCommand implements Callable<Integer> {
    @ParentCommand
    DbCommand db;

    @Mixin
    ConnectionOptions options;

    @Override
    public Integer call() {
        CliContext ctx = db.root.ctx;
        DbTarget t = Providers.forSettings(options.settings(ctx)).start();
        ctx.out().println("ready: " + t);
        ctx.out().println("url:   " + t.jdbcUrl());
        return 0;
    }
}
