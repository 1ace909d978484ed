package dev.workbook.exercises;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * {@code workbook watch}, rustlings style: starts at the first exercise not solved yet, checks it, and checks it again each
 * time its file is saved (a changed size, time or content, polled a few times a second: portable, and quick on any file
 * system). Keys: h hint, n next (once solved), l list, q quit. On a terminal the screen is redrawn for each check; in line
 * mode (output not a terminal) reports follow one another and keys arrive as lines.
 */
public final class WatchSession {
    /** What checks an exercise (ExerciseChecker::check in the CLI). */
    @FunctionalInterface
    public interface Checker {
        ExerciseResult check(Exercise exercise, Path file);
    }

    private static final long POLL_MILLIS = 250;
    private final List<Exercise> exercises;
    private final Function<Exercise, Path> fileOf;
    private final Checker checker;
    private final Progress progress;
    private final PrintWriter out;
    private final boolean screen;
    private Exercise current;
    private ExerciseResult last;
    private byte[] seen;

    public WatchSession(List<Exercise> exercises, Function<Exercise, Path> fileOf, Checker checker, Progress progress, PrintWriter out,
                        boolean screen) {
        this.exercises = List.copyOf(exercises);
        this.fileOf = fileOf;
        this.checker = checker;
        this.progress = progress;
        this.out = out;
        this.screen = screen;
    }

    /** Watches until q (or the end of the keys' input, which a {@code '\u0004'} key stands for); returns 0. */
    public int run(BlockingQueue<Character> keys) throws InterruptedException {
        current = progress.current(exercises);
        if (current == null) {
            out.println("every exercise is solved: " + ProgressBar.of(exercises.size(), exercises.size(), 28));
            out.println("  see a reference solution: ./workbook exercises solution ID;  start one again: ./workbook reset ID");
            out.flush();
            return 0;
        }
        checkAndShow();
        while (true) {
            Character key = keys.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            if (key != null) {
                if (!handle(Character.toLowerCase(key))) {
                    return 0;
                }
            } else if (changed()) {
                checkAndShow();
            }
        }
    }

    /** false to stop. */
    private boolean handle(char key) {
        switch (key) {
            case 'q', '\u0004' -> {
                out.println("bye: " + ProgressBar.of(progress.passedCount(exercises), exercises.size(), 28) + " exercises solved");
                out.flush();
                return false;
            }
            case 'h' -> {
                out.println("hints for " + current.id() + ":");
                for (int i = 0; i < current.hintList().size(); i++) {
                    out.println("  " + (i + 1) + ". " + current.hintList().get(i).text());
                }
            }
            case 'l' -> list();
            case 'n' -> next();
            default -> out.println("keys: h hint, n next (once solved), l list, q quit");
        }
        out.flush();
        return true;
    }

    private void next() {
        if (last == null || !last.passed()) {
            out.println("n moves on once every check of " + current.id() + " passes; save " + fileOf.apply(current) + " to check it again");
            return;
        }
        int at = exercises.indexOf(current);
        Exercise following = exercises.subList(at + 1, exercises.size()).stream().filter(e -> !progress.passed(e.id())).findFirst()
                .orElse(progress.current(exercises));
        if (following == null) {
            out.println("that was the last one: every exercise is solved. q quits.");
            return;
        }
        current = following;
        checkAndShow();
    }

    private void list() {
        Exercise now = current;
        for (Exercise e : exercises) {
            String mark = progress.passed(e.id()) ? "✓" : e == now ? "→" : "·";
            out.printf("  %s %-24s %s%n", mark, e.id(), e.title());
        }
        out.println("  " + ProgressBar.of(progress.passedCount(exercises), exercises.size(), 28) + " solved");
    }

    private void checkAndShow() {
        Path file = fileOf.apply(current);
        seen = fingerprint(file);
        if (screen) {
            out.print("\u001b[H\u001b[2J");
        }
        out.println("workbook watch  " + ProgressBar.of(progress.passedCount(exercises), exercises.size(), 28) + "  " + current.id());
        out.flush();
        try {
            last = checker.check(current, file);
            progress.record(current.id(), last.passed(), "watch");
            TextReport.print(last, out, new TextReport.Next("edit " + file, "save it: it is checked again"), false);
        } catch (RuntimeException e) {
            last = null;
            out.println("✗ " + (e instanceof dev.workbook.errors.WorkbookException we ? we.render() : e.toString()));
        }
        out.println("watching " + file + " (save it to check again)   keys: h hint, n next" + (last != null && last.passed() ? "" : " (once solved)")
                + ", l list, q quit");
        out.flush();
    }

    /** Changed, and the same for a moment: an editor may write a file in several pieces; check what it ends as. */
    private boolean changed() throws InterruptedException {
        byte[] now = fingerprint(fileOf.apply(current));
        if (Arrays.equals(now, seen)) {
            return false;
        }
        Thread.sleep(POLL_MILLIS / 2);
        return Arrays.equals(now, fingerprint(fileOf.apply(current)));
    }

    /** The file's bytes (exercise files are small): a save that changes anything is seen, one that changes nothing is not. */
    private static byte[] fingerprint(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
