package dev.workbook.exercises;

import dev.workbook.Workbook;
import dev.workbook.chapters.Cell;
import dev.workbook.chapters.CellOptions;
import dev.workbook.chapters.Chapter;
import dev.workbook.chapters.ChapterCatalog;
import dev.workbook.chapters.ChapterResult;
import dev.workbook.chapters.ChapterRunner;
import dev.workbook.chapters.Failure;
import dev.workbook.db.DbTarget;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The student's code run in this JVM by the chapters' JShell runner: what the checker used before the student JVM
 * existed, kept for the checker's own fixture tests. Each step runs all its pieces in a fresh shell, so a hidden step
 * repeats setup and parts before the driver. No containment: a System.exit here ends the checker.
 */
final class InProcessCode implements StudentCode {
    private final ChapterCatalog catalog;
    private final RunLimits limits;
    private final OutputStream echo;
    private final DbTarget handBack;

    /** {@code handBack}: where the Workbook facade points after the run (the checker's own target). */
    InProcessCode(ChapterCatalog catalog, RunLimits limits, OutputStream echo, DbTarget handBack) {
        this.catalog = catalog;
        this.limits = limits;
        this.echo = echo;
        this.handBack = handBack;
    }

    @Override
    public List<StepResult> run(String label, List<Step> steps, Map<String, String> systemProperties) {
        List<StepResult> out = new ArrayList<>();
        List<Piece> beforeDriver = List.of();
        try {
            for (Step step : steps) {
                List<Piece> pieces = new ArrayList<>(step.pieces());
                if (out.isEmpty()) {
                    beforeDriver = pieces.subList(0, pieces.size() - 1);
                } else {
                    // A fresh shell: the later step needs the setup and parts again before its driver.
                    pieces.addAll(0, beforeDriver);
                    if (!out.get(out.size() - 1).ending().ranNormally()) {
                        out.add(StepResult.notRun(step.name(), "the step before it did not end normally"));
                        continue;
                    }
                }
                Workbook.use(step.db());
                out.add(runPieces(label, step.name(), pieces));
            }
        } finally {
            Workbook.use(handBack);
        }
        return out;
    }

    private StepResult runPieces(String label, String step, List<Piece> pieces) {
        long t0 = System.nanoTime();
        List<Cell> cells = new ArrayList<>();
        for (Piece p : pieces) {
            cells.add(new Cell(Cell.Kind.CODE, p.code(), new CellOptions(null, null, null, null, false, null, null), label,
                    p.firstLine()));
        }
        Chapter chapter = new Chapter(label, label.substring(0, 2), label.substring(3), label, cells);
        ByteArrayOutputStream transcript = new ByteArrayOutputStream();
        ChapterResult r;
        try (PrintStream ps = new PrintStream(new Tee(transcript, echo), true, StandardCharsets.UTF_8)) {
            r = new ChapterRunner(catalog, ps).snippetLimit(limits.wallTime()).run(chapter);
        }
        String output = transcript.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> !l.startsWith("-- cell ") && !l.startsWith("== ")).reduce("", (a, b) -> a + b + "\n");
        long millis = (System.nanoTime() - t0) / 1_000_000;
        Failure f = r.failure();
        if (f == null) {
            return new StepResult(step, RunEnding.COMPLETED, null, null, output, false, millis);
        }
        Piece p = pieces.get(f.cell() - 1);
        boolean timedOut = f.problem().contains("ran longer than");
        ScriptProblem problem = new ScriptProblem(p.origin(), f.line(), f.snippet(), f.problem(), f.details(), f.sqlCode(), f.help(),
                f.error() == null ? null : DriverRun.studentMethod(f.error()));
        return new StepResult(step, timedOut ? RunEnding.TIMED_OUT : RunEnding.FAILED, f.problem(), problem, output, false, millis);
    }

    @Override
    public String containment() {
        return "in the checker's own JVM (no student JVM)";
    }

    @Override
    public RunLimits limits() {
        return limits;
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
