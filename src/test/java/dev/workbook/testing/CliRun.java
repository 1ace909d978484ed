package dev.workbook.testing;

import dev.workbook.cli.CliContext;
import dev.workbook.cli.WorkbookCli;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs the workbook CLI in-process with a private home and captures what it prints. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun run(Path home, String... args) {
        return run(TestHomes.env(home), "", args);
    }

    public static CliRun run(Map<String, String> env, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext ctx = new CliContext(env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true));
        int code = WorkbookCli.run(ctx, args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
