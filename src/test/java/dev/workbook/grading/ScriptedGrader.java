package dev.workbook.grading;

import dev.workbook.grading.intake.Source;
import dev.workbook.grading.intake.Submission;
import dev.workbook.grading.run.SubmissionGrader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A grader double for the run and the outputs: a solution says how it is to be graded with a line
 * {@code grade: pass}, {@code grade: fail N} (the first N checks fail) or {@code grade: error ENDING reason}.
 * Each exercise has checks worth its points; 01-alpha's last check (2 points) is hidden. Times are fixed, so two runs
 * write the same bytes.
 */
public class ScriptedGrader implements SubmissionGrader {
    private static final Pattern DIRECTIVE = Pattern.compile("grade: (pass|fail (\\d+)|error (\\w+) ([^\"\\\\\\n]*))");

    public final AtomicInteger sessions = new AtomicInteger();
    public final AtomicInteger graded = new AtomicInteger();
    private final String fingerprint;

    public ScriptedGrader(String fingerprint) {
        this.fingerprint = fingerprint;
    }

    @Override
    public Catalog catalog() {
        return GradingFixtures.CATALOG;
    }

    @Override
    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public Map<String, String> stubCode() {
        return Map.of("01-alpha", "int alpha() {\n    throw new UnsupportedOperationException(\"Delete this statement\");\n}\n");
    }

    static List<CheckGrade> checks(String exerciseId, int failing) {
        List<CheckGrade> c = new ArrayList<>();
        switch (exerciseId) {
            case "01-alpha" -> {
                c.add(new CheckGrade("alpha has a table", CheckGrade.Outcome.PASS, null, 1, 1, false));
                c.add(new CheckGrade("alpha has rows", CheckGrade.Outcome.PASS, null, 1, 1, false));
                c.add(new CheckGrade("alpha secret rule", CheckGrade.Outcome.PASS, null, 2, 2, true));
            }
            case "02-beta" -> {
                c.add(new CheckGrade("beta counts", CheckGrade.Outcome.PASS, null, 1, 1, false));
                c.add(new CheckGrade("beta orders", CheckGrade.Outcome.PASS, null, 1, 1, false));
            }
            default -> c.add(new CheckGrade("gamma works", CheckGrade.Outcome.PASS, null, 2, 2, false));
        }
        for (int i = 0; i < Math.min(failing, c.size()); i++) {
            CheckGrade g = c.get(i);
            c.set(i, new CheckGrade(g.name(), CheckGrade.Outcome.FAIL, "expected 3 rows, found " + i
                    + (g.hidden() ? " (SECRET detail of " + g.name() + ")" : ""), g.points(), g.maxPoints(), g.hidden()));
        }
        return c;
    }

    @Override
    public Session open(Submission submission) {
        sessions.incrementAndGet();
        return new Session() {
            @Override
            public ExerciseGrade grade(ExerciseInfo ex, Source source) {
                graded.incrementAndGet();
                String text = read(source);
                Matcher m = DIRECTIVE.matcher(text);
                if (!m.find()) {
                    return new ExerciseGrade(ex.id(), ExerciseGrade.Status.MISSING, "the stub is unchanged", source.label(), null,
                            List.of(), ex.maxPoints(), null, null, false, 5);
                }
                if (m.group(1).equals("pass")) {
                    return new ExerciseGrade(ex.id(), ExerciseGrade.Status.PASS, null, source.label(), "COMPLETED",
                            checks(ex.id(), 0), ex.maxPoints(), null, "ok\n", false, 100);
                }
                if (m.group(2) != null) {
                    return new ExerciseGrade(ex.id(), ExerciseGrade.Status.FAIL, null, source.label(), "COMPLETED",
                            checks(ex.id(), Integer.parseInt(m.group(2))), ex.maxPoints(), "hint for " + ex.id(), "out\n", false, 100);
                }
                List<CheckGrade> failing = checks(ex.id(), 99);
                return new ExerciseGrade(ex.id(), ExerciseGrade.Status.ERROR, m.group(4).strip(), source.label(), m.group(3),
                        failing, ex.maxPoints(), "hint for " + ex.id(), "x".repeat(2000), true, 100);
            }

            @Override
            public String code(ExerciseInfo exercise, Source source) {
                return read(source);
            }

            @Override
            public SubmissionGrade.RunFacts facts() {
                return new SubmissionGrade.RunFacts("process only: test double", "20 s, 512 MB, 4 MB output", 0, 300, 200, 100, 1);
            }

            @Override
            public void close() {
            }
        };
    }

    private static String read(Source source) {
        try {
            return Files.readString(source.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
