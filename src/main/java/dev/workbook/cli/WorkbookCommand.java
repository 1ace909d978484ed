package dev.workbook.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "workbook", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "A Java workbook for MySQL: a server in one command, chapters, exercises, a doctor.",
        subcommands = {DbCommand.class, SqlCommand.class, ConfigCommand.class, DoctorCommand.class, RunCommand.class,
                TourCommand.class, ChaptersCommand.class, CheckCommand.class, WatchCommand.class, ResetCommand.class, ExercisesCommand.class,
                KernelCommand.class, NotebookCommand.class, SubmitCommand.class, GradeCommand.class,
                WebCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 checks failed, 2 bad input, 3 environment not ready, 4 internal error."})
final class WorkbookCommand implements Callable<Integer> {
    final CliContext ctx;

    @Spec
    CommandSpec spec;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT, description = "On failure, also print the stack trace.")
    boolean stacktrace;

    WorkbookCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(ctx.out());
        return 0;
    }
}
