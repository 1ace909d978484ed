package dev.workbook.exercises;

import dev.workbook.Workbook;
import dev.workbook.errors.WorkbookException;
import dev.workbook.chapters.ChapterCatalog;
import dev.workbook.chapters.ChapterResult;
import dev.workbook.chapters.ChapterRunner;
import dev.workbook.db.DbTarget;
import dev.workbook.exercises.checks.Checks;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks one exercise in one step: a throwaway database on the given server, the student's script run in it
 * through the chapters' JShell-API runner, then the exercise's JUnit checks on what the script left in the
 * database. The checks run even when the script stopped early, so the student sees what is still missing.
 * The Workbook facade points at the throwaway database during the run and at {@code base} afterwards.
 */
public final class ExerciseChecker {
    private final DbTarget base;
    private final ChapterCatalog catalog;
    private List<Class<?>> checkClasses = Checks.ALL;
    private OutputStream echo = OutputStream.nullOutputStream();

    public ExerciseChecker(DbTarget base) {
        this(base, ChapterCatalog.load());
    }

    public ExerciseChecker(DbTarget base, ChapterCatalog catalog) {
        this.base = base;
        this.catalog = catalog;
    }

    /** The check classes to choose from by tag (tests use fixture checks of their own). */
    ExerciseChecker checks(List<Class<?>> classes) {
        this.checkClasses = List.copyOf(classes);
        return this;
    }

    /** Also copy the script's output here while it runs (the CLI's --verbose). */
    public ExerciseChecker echoTo(OutputStream out) {
        this.echo = out;
        return this;
    }

    public ExerciseResult check(Exercise exercise, Path script) {
        return check(exercise, ExerciseScript.read(exercise, script));
    }

    ExerciseResult check(Exercise exercise, ExerciseScript script) {
        long start = System.nanoTime();
        ByteArrayOutputStream transcript = new ByteArrayOutputStream();
        try (ScratchDatabase db = ScratchDatabase.create(base, exercise)) {
            Workbook.use(db.target());
            ChapterResult run;
            try (PrintStream out = new PrintStream(new Tee(transcript, echo), true, StandardCharsets.UTF_8)) {
                run = new ChapterRunner(catalog, out).run(script.chapter());
            }
            List<CheckOutcome> checks = CheckLauncher.run(checkClasses, exercise.id());
            if (checks.isEmpty()) {
                throw WorkbookException.internal("exercise " + exercise.id() + " has no checks")
                        .value("no class in " + checkClasses + " is tagged @Tag(\"" + exercise.id() + "\")").build();
            }
            return new ExerciseResult(exercise, script.path(), run.failure(), checks,
                    transcript.toString(StandardCharsets.UTF_8), (System.nanoTime() - start) / 1_000_000);
        } finally {
            Workbook.use(base);
        }
    }

    /** Writes to both streams; the second is the optional live echo. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws java.io.IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] buf, int off, int len) throws java.io.IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }

        @Override
        public void flush() throws java.io.IOException {
            a.flush();
            b.flush();
        }
    }
}
