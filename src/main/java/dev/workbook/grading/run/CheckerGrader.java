package dev.workbook.grading.run;

import dev.workbook.chapters.ExerciseSource;
import dev.workbook.config.Versions;
import dev.workbook.db.DbTarget;
import dev.workbook.errors.WorkbookException;
import dev.workbook.exercises.CheckOutcome;
import dev.workbook.exercises.Exercise;
import dev.workbook.exercises.ExerciseChecker;
import dev.workbook.exercises.ExerciseManifest;
import dev.workbook.exercises.ExerciseResult;
import dev.workbook.exercises.Solution;
import dev.workbook.exercises.SolutionReader;
import dev.workbook.exercises.checks.Checks;
import dev.workbook.grading.Catalog;
import dev.workbook.grading.CheckGrade;
import dev.workbook.grading.ExerciseGrade;
import dev.workbook.grading.ExerciseInfo;
import dev.workbook.grading.Finding;
import dev.workbook.grading.SubmissionGrade;
import dev.workbook.grading.intake.Source;
import dev.workbook.grading.intake.Submission;
import dev.workbook.sandbox.Containment;
import dev.workbook.sandbox.DbLogin;
import dev.workbook.sandbox.Piece;
import dev.workbook.sandbox.Step;
import dev.workbook.sandbox.Ending;
import dev.workbook.sandbox.Limits;
import dev.workbook.sandbox.RunRequest;
import dev.workbook.sandbox.ScriptFailure;
import dev.workbook.sandbox.StepOutcome;
import dev.workbook.sandbox.StudentJvm;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The real grader: the exercise checker (the very checks students run), one student JVM per submission (started when
 * its first exercise is graded, closed with the session), each exercise on run databases of its own with their own
 * account. An untouched stub is not run: it scores 0 as "not attempted".
 */
public final class CheckerGrader implements SubmissionGrader {
    private static final java.util.regex.Pattern RUN_DATABASE = java.util.regex.Pattern.compile("wbx_[0-9a-f]{12}");

    private final DbTarget base;
    private final Limits limits;
    private final Containment containment;
    private final CheckerCatalog checks;

    private CheckerGrader(DbTarget base, Limits limits, Containment containment) {
        this.base = base;
        this.limits = limits;
        this.containment = containment;
        this.checks = CheckerCatalog.get();
    }

    public static SubmissionGrader create(DbTarget base, StudentLimits l) {
        Containment c = switch (l.containment()) {
            case "auto" -> Containment.AUTO;
            case "bubblewrap" -> Containment.BUBBLEWRAP;
            case "process" -> Containment.PROCESS;
            default -> throw WorkbookException.badInput("containment is auto, bubblewrap or process").value(l.containment())
                    .next("workbook grade submissions --out graded --containment auto").build();
        };
        Limits limits;
        try {
            limits = Limits.defaults().withWallTime(Duration.ofSeconds(l.wallSeconds())).withHeapMb(l.heapMb());
        } catch (IllegalArgumentException e) {
            throw WorkbookException.badInput("invalid limits for the student JVM").value(e.getMessage())
                    .next("workbook grade --timeout 20 --memory 512").build();
        }
        return new CheckerGrader(base, limits, c);
    }

    public static Catalog catalogOfChecks() {
        return CheckerCatalog.get().catalog();
    }

    public static Map<String, String> stubs() {
        return CheckerCatalog.get().stubCode();
    }

    @Override
    public Catalog catalog() {
        return checks.catalog();
    }

    @Override
    public String fingerprint() {
        return checks.fingerprint(limits.describe() + "; containment " + containment + "; workbook " + Versions.get("workbook.version"));
    }

    @Override
    public Map<String, String> stubCode() {
        return checks.stubCode();
    }

    @Override
    public Session open(Submission submission) {
        return new CheckerSession(submission);
    }

    private final class CheckerSession implements Session {
        private final Submission submission;
        private final List<Finding> findings = new ArrayList<>();
        private StudentJvm jvm;
        private ExerciseChecker checker;
        private long jvmStartMillis;
        private long studentMillis;
        private long checksMillis;
        private int jvmStarts;

        CheckerSession(Submission submission) {
            this.submission = submission;
        }

        private ExerciseChecker checker() {
            if (jvm == null) {
                long t0 = System.nanoTime();
                jvm = StudentJvm.start(limits, containment);
                // A one-line run waits for the JVM to be ready: what starting it cost this submission. Its database login
                // is never used (the line does not touch the Workbook facade).
                jvm.run(new RunRequest("start", List.of(new Step("start", List.of(new Piece("start", 1, "int ready = 1;", false)),
                        new DbLogin("127.0.0.1", 1, "none", "none", ""))), Map.of()));
                jvmStartMillis = (System.nanoTime() - t0) / 1_000_000;
                jvmStarts++;
                checker = new ExerciseChecker(base, jvm);
            }
            return checker;
        }

        @Override
        public ExerciseGrade grade(ExerciseInfo info, Source source) {
            Exercise exercise = checks.exercise(info.id());
            ExerciseSource src = checks.source(info.id());
            Solution solution;
            try {
                solution = source.kind() == Source.Kind.SCRIPT
                        ? SolutionReader.fromScript(info.id(), src.partCount(), source.file())
                        : SolutionReader.fromNotebook(info.id(), src.partCount(), source.file());
            } catch (WorkbookException e) {
                return ExerciseGrade.refused(info, source.label(), relative(e.getMessage() + (e.value() == null ? "" : ": " + e.value())));
            }
            findings.addAll(TrustedCode.compare(src, source));
            if (checks.untouched(info.id(), solution)) {
                return new ExerciseGrade(info.id(), ExerciseGrade.Status.MISSING, "not attempted: the solution parts are the untouched stub",
                        source.label(), null, List.of(), info.maxPoints(), null, null, false, 0);
            }
            ExerciseResult r = checker().check(exercise, solution, jvm);
            return toGrade(info, exercise, source, r);
        }

        private ExerciseGrade toGrade(ExerciseInfo info, Exercise exercise, Source source, ExerciseResult r) {
            long stepMillis = r.steps().stream().mapToLong(StepOutcome::millis).sum();
            studentMillis += stepMillis;
            checksMillis += Math.max(0, r.millis() - stepMillis);
            List<CheckGrade> grades = new ArrayList<>();
            for (CheckOutcome c : r.checks()) {
                grades.add(new CheckGrade(c.name(), switch (c.status()) {
                    case PASS -> CheckGrade.Outcome.PASS;
                    case FAIL -> CheckGrade.Outcome.FAIL;
                    case ERROR -> CheckGrade.Outcome.ERROR;
                }, c.passed() ? null : relative(c.message()), c.points(), c.points(), c.hidden()));
            }
            StepOutcome stopped = r.stopped();
            boolean ended = stopped != null && stopped.ending() != Ending.NOT_RUN;
            ExerciseGrade.Status status = r.passed() ? ExerciseGrade.Status.PASS
                    : ended ? ExerciseGrade.Status.ERROR : ExerciseGrade.Status.FAIL;
            String hint = r.firstFailure() == null ? null : exercise.hintFor(r.firstFailure().method()).map(Exercise.Hint::text).orElse(null);
            StringBuilder output = new StringBuilder();
            boolean truncated = false;
            for (StepOutcome s : r.steps()) {
                if (s.output() != null && !s.output().isEmpty()) {
                    output.append(r.steps().size() > 1 ? "[" + s.step() + "]\n" : "").append(relative(s.output()));
                }
                truncated |= s.outputTruncated();
            }
            return new ExerciseGrade(info.id(), status, ended ? reason(stopped) : null, source.label(),
                    stopped == null ? Ending.COMPLETED.name() : stopped.ending().name(), grades, info.maxPoints(), hint,
                    output.toString(), truncated, r.millis());
        }

        private String reason(StepOutcome s) {
            ScriptFailure f = s.failure();
            StringBuilder sb = new StringBuilder();
            if (f != null) {
                sb.append(relative(f.origin())).append(" line ").append(f.line()).append(": ").append(f.problem());
                if (f.thrownInMethod() != null) {
                    sb.append(" (thrown inside your method ").append(f.thrownInMethod()).append(")");
                }
                for (String d : f.details()) {
                    sb.append("\n").append(d);
                }
            } else {
                sb.append(s.reason() == null ? s.ending().name().toLowerCase(Locale.ROOT).replace('_', ' ') : s.reason());
            }
            return sb.toString();
        }

        /**
         * Paths in messages name the submission's own files, never the grading machine's folders; the run database's
         * random name becomes a placeholder of the same width, so a grade reads the same whichever run made it.
         */
        private String relative(String text) {
            if (text == null) {
                return null;
            }
            String dir = submission.dir().toString();
            return RUN_DATABASE.matcher(text.replace(dir + "/", "").replace(dir, "")).replaceAll("wbx_............");
        }

        @Override
        public String code(ExerciseInfo exercise, Source source) {
            try {
                ExerciseSource src = checks.source(exercise.id());
                Solution s = source.kind() == Source.Kind.SCRIPT
                        ? SolutionReader.fromScript(exercise.id(), src.partCount(), source.file())
                        : SolutionReader.fromNotebook(exercise.id(), src.partCount(), source.file());
                StringBuilder sb = new StringBuilder();
                s.parts().forEach(p -> sb.append(p.code()).append('\n'));
                return sb.toString();
            } catch (RuntimeException e) {
                return null;
            }
        }

        @Override
        public List<Finding> findings() {
            return findings;
        }

        @Override
        public SubmissionGrade.RunFacts facts() {
            return new SubmissionGrade.RunFacts(jvm == null ? "not run (nothing to run)" : jvm.containment(), limits.describe(), 0,
                    jvmStartMillis, studentMillis, checksMillis, jvmStarts);
        }

        @Override
        public void close() {
            if (jvm != null) {
                jvm.close();
            }
        }
    }
}
