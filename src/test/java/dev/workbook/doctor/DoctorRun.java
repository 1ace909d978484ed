package dev.workbook.doctor;

import dev.workbook.cli.CliContext;
import dev.workbook.cli.WorkbookCli;
import dev.workbook.testing.TestHomes;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs `workbook doctor ...` in-process with a private home, as a user would from the shell. */
record DoctorRun(int exit, String out, String err, long millis) {

    static DoctorRun run(Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext ctx = new CliContext(TestHomes.env(home), new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out, true), new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("doctor"));
        all.addAll(List.of(args));
        long t0 = System.nanoTime();
        int code = WorkbookCli.run(ctx, all.toArray(String[]::new));
        return new DoctorRun(code, out.toString(), err.toString(), (System.nanoTime() - t0) / 1_000_000L);
    }

    /** The report line of a check ("[XX] login ..."), with its fix and help lines. */
    String check(String name) {
        String[] lines = out.split("\\R");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches("\\[..\\] " + java.util.regex.Pattern.quote(name) + "\\s.*")) {
                sb.append(lines[i]).append('\n');
                for (int j = i + 1; j < lines.length && lines[j].startsWith("     "); j++) {
                    sb.append(lines[j]).append('\n');
                }
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n" + out + err;
    }
}
