package dev.workbook.cli;

import dev.workbook.errors.ExitCode;
import dev.workbook.errors.WorkbookException;
import dev.workbook.db.Redactor;
import picocli.CommandLine;
import picocli.CommandLine.UnmatchedArgumentException;

/** Builds the command line and maps failures to exit codes and plain messages. */
public final class WorkbookCli {
    private WorkbookCli() {
    }

    public static int run(CliContext ctx, String... args) {
        CommandLine cl = new CommandLine(new WorkbookCommand(ctx));
        cl.setOut(ctx.out());
        cl.setErr(ctx.err());
        cl.setExitCodeExceptionMapper(t -> t instanceof WorkbookException we ? we.exitCode().code() : ExitCode.INTERNAL.code());
        cl.setParameterExceptionHandler((ex, a) -> {
            ctx.err().println("error: " + ex.getMessage());
            // picocli's "Did you mean: db start?" for a mistyped command or option
            UnmatchedArgumentException.printSuggestions(ex, ctx.err());
            ctx.err().println("  next: " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help");
            ctx.err().flush();
            return ExitCode.BAD_INPUT.code();
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean trace = commandLine.getParseResult().hasMatchedOption("--stacktrace");
            if (ex instanceof WorkbookException we) {
                ctx.err().println(we.render());
                if (trace) {
                    ex.printStackTrace(ctx.err());
                }
                ctx.err().flush();
                return we.exitCode().code();
            }
            ctx.err().println("error: internal error: " + Redactor.redact(String.valueOf(ex)));
            if (trace) {
                ex.printStackTrace(ctx.err());
            } else {
                ctx.err().println("  next: run again with --stacktrace and report it with the output");
            }
            ctx.err().flush();
            return ExitCode.INTERNAL.code();
        });
        int code = cl.execute(args);
        ctx.out().flush();
        ctx.err().flush();
        return code;
    }
}
