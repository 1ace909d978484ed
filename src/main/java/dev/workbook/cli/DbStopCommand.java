package dev.workbook.cli;

import dev.workbook.db.providers.Providers;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "stop", mixinStandardHelpOptions = true,
        description = "Stop the server the workbook started. Committed data stay.")
final class DbStopCommand implements Callable<Integer> {
    @ParentCommand
    DbCommand db;

    @Mixin
    ConnectionOptions options;

    @Override
    public Integer call() {
        Providers.forSettings(options.settings(db.root.ctx)).stop();
        return 0;
    }
}
