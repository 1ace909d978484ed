package dev.workbook.cli;

import dev.workbook.db.DbTarget;
import dev.workbook.db.providers.Providers;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "url", mixinStandardHelpOptions = true,
        description = "Print the JDBC URL of the workbook database (starting the server if needed). "
                + "The password is hidden unless --show-password.")
final class DbUrlCommand implements Callable<Integer> {
    @ParentCommand
    DbCommand db;

    @Mixin
    ConnectionOptions options;

    @Option(names = "--show-password", description = "Print the password instead of ****.")
    boolean showPassword;

    @Override
    public Integer call() {
        DbTarget t = Providers.forSettings(options.settings(db.root.ctx)).start();
        db.root.ctx.out().println(t.jdbcUrlWithCredentials(showPassword));
        return 0;
    }
}
