package dev.workbook.cli;

import dev.workbook.db.DbTarget;
import dev.workbook.db.providers.Providers;
import dev.workbook.exercises.ExerciseChecker;
import dev.workbook.exercises.ExerciseManifest;
import dev.workbook.exercises.Progress;
import dev.workbook.exercises.WatchSession;
import dev.workbook.platform.RawTerminal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Work through the exercises, rustlings style: starts at the first one not solved yet, checks it, and checks",
                "it again each time you save its file (notebooks/exercises/ID.jsh). Shows your progress.",
                "Keys: h hint, n next (once solved), l list, q quit. When the output is not a terminal it works line by line",
                "(type the key, then Enter)."})
final class WatchCommand implements Callable<Integer> {
    @ParentCommand
    WorkbookCommand root;

    @Mixin
    ConnectionOptions options;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "notebooks/exercises",
            description = "Where the exercise files are (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Override
    public Integer call() throws InterruptedException {
        CliContext ctx = root.ctx;
        var settings = options.settings(ctx);
        DbTarget t = Providers.forSettings(settings).start();
        boolean terminal = System.console() != null && ctx.in() == System.in;
        Optional<RawTerminal> raw = terminal ? RawTerminal.enter() : Optional.empty();
        BlockingQueue<Character> keys = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> read(ctx.in(), raw.isPresent(), keys), "workbook-watch-keys");
        reader.setDaemon(true);
        reader.start();
        try (ExerciseChecker checker = new ExerciseChecker(t)) {
            WatchSession session = new WatchSession(ExerciseManifest.load().all(), ex -> dir.resolve(ex.fileName()), checker::check,
                    new Progress(settings.home()), ctx.out(), terminal);
            return session.run(keys);
        } finally {
            raw.ifPresent(RawTerminal::close);
        }
    }

    /** Keys as they come: single bytes in raw mode, the first letter of each line otherwise; end of input is Ctrl-D. */
    private static void read(InputStream in, boolean rawMode, BlockingQueue<Character> keys) {
        try {
            if (rawMode) {
                for (int b = in.read(); b >= 0; b = in.read()) {
                    keys.add((char) b);
                }
            } else {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank()) {
                        keys.add(line.strip().charAt(0));
                    }
                }
            }
        } catch (IOException e) {
            // the input closed: same as its end
        }
        keys.add('\u0004');
    }
}
