package dev.workbook.testing;

import dev.workbook.cli.CliContext;
import dev.workbook.cli.WorkbookCli;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code workbook notebook} running in-process on a free port, as a student starts it; close() stops it. */
public final class RunningNotebook implements AutoCloseable {
    private static final Pattern URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)(\\S*)\\?token=(\\w+)");
    private final Thread cli;
    private final StringWriter out;
    private final StringWriter err;
    private final AtomicInteger exit = new AtomicInteger(-1);
    private final String base;
    private final String path;
    private final String token;

    private RunningNotebook(Thread cli, StringWriter out, StringWriter err, Matcher m) {
        this.cli = cli;
        this.out = out;
        this.err = err;
        this.base = m.group(1);
        this.path = m.group(2);
        this.token = m.group(3);
    }

    public static RunningNotebook start(Map<String, String> env, String... extraArgs) throws InterruptedException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext ctx = new CliContext(env, new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), new PrintWriter(err, true));
        List<String> args = new ArrayList<>(List.of("notebook", "--no-browser", "--port", "0"));
        args.addAll(List.of(extraArgs));
        AtomicInteger code = new AtomicInteger(-1);
        Thread t = new Thread(() -> code.set(WorkbookCli.run(ctx, args.toArray(String[]::new))), "workbook-notebook");
        t.start();
        for (int i = 0; i < 600 && t.isAlive(); i++) {
            Matcher m = URL.matcher(out.toString());
            if (m.find()) {
                return new RunningNotebook(t, out, err, m);
            }
            Thread.sleep(200);
        }
        t.interrupt();
        throw new IllegalStateException("workbook notebook printed no URL (exit " + code.get() + ")\n" + out + err);
    }

    /** http://127.0.0.1:PORT/ */
    public String base() {
        return base;
    }

    /** The path the printed URL opens (tree/notebooks or lab/tree/notebooks). */
    public String openPath() {
        return path;
    }

    public String token() {
        return token;
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }

    @Override
    public void close() throws InterruptedException {
        cli.interrupt();
        cli.join(30_000);
    }
}
