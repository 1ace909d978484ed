package dev.workbook.cli;

import dev.workbook.errors.WorkbookException;
import dev.workbook.db.DbTarget;
import dev.workbook.db.providers.Providers;
import dev.workbook.db.Probe;
import dev.workbook.sql.SqlRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Run SQL on the workbook database and print results as tables.",
                "Scripts read as in the mysql client: DELIMITER lines, procedure and trigger bodies, mysqldump files;",
                "a statement ended with \\G (and SHOW CREATE ...) prints one column per line.",
                "Examples:  workbook sql \"SHOW DATABASES\"    workbook sql -f schema.sql    echo 'SHOW TABLES' | workbook sql -",
                "           workbook sql \"SHOW CREATE TABLE student\"    workbook sql --admin -f dump.sql"})
final class SqlCommand implements Callable<Integer> {
    @ParentCommand
    WorkbookCommand root;

    @Mixin
    ConnectionOptions options;

    @Parameters(arity = "0..1", paramLabel = "SQL",
            description = "Statements separated by ';' (or \\G). '-' or nothing: read standard input.")
    String sql;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Read the statements from a file.")
    Path file;

    @Option(names = "--admin", description = "Run as the provider's administrative account (embedded/docker), e.g. for "
            + "CREATE DATABASE of another database. The application user has rights on the workbook database only.")
    boolean admin;

    @Override
    public Integer call() throws IOException {
        CliContext ctx = root.ctx;
        String script = script(ctx);
        DbTarget t = Providers.forSettings(options.settings(ctx)).start();
        DataSource ds = admin ? t.adminDataSource().map(a -> t.dataSource(t.database(), t.admin())).orElseThrow(() ->
                WorkbookException.badInput("this provider has no administrative account").value(t.provider().id())
                        .next("run without --admin, or set admin.user/admin.password for the server provider").build())
                : t.dataSource();
        try (Connection c = ds.getConnection()) {
            SqlRunner.run(c, script, ctx.out());
        } catch (SqlRunner.StatementFailedException e) {
            throw SqlRunner.failure(e, t.app().password());
        } catch (SQLException e) {
            throw Probe.explain(e, t);
        }
        return 0;
    }

    private String script(CliContext ctx) throws IOException {
        if (file != null) {
            if (!Files.isReadable(file)) {
                throw WorkbookException.badInput("cannot read the SQL file").value(file)
                        .next("check the path; run from the directory that holds it").build();
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        if (sql == null || sql.equals("-")) {
            return new String(ctx.in().readAllBytes(), StandardCharsets.UTF_8);
        }
        return sql;
    }
}
