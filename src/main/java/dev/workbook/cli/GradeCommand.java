package dev.workbook.cli;

import dev.workbook.db.DbTarget;
import dev.workbook.db.providers.Providers;
import dev.workbook.errors.WorkbookException;
import dev.workbook.grading.intake.IntakeLimits;
import dev.workbook.grading.report.OutLayout;
import dev.workbook.grading.report.RunSummary;
import dev.workbook.grading.run.CheckerGrader;
import dev.workbook.grading.run.GradingRun;
import dev.workbook.grading.run.Progress;
import dev.workbook.grading.run.StudentLimits;
import dev.workbook.grading.run.SubmissionGrader;
import dev.workbook.grading.shard.Shard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "grade", mixinStandardHelpOptions = true, subcommands = GradeMergeCommand.class,
        description = {"Grade a class: every submission in SUBMISSIONS (zips from workbook submit, folders, git clones) with the "
                + "same checks students run, each in a JVM of its own with its own database and account, in parallel.",
                "OUT receives gradebook.csv, canvas.csv, moodle.csv, report.html, junit.xml, similarity.html (instructor only) "
                        + "and feedback/NAME/ per submission (feedback.md, feedback.html, results.json, junit.xml: safe to hand out).",
                "Grading again with the same OUT re-grades only submissions or checks that changed.",
                "Exit codes: 0 graded (whatever the grades), 2 bad input (no such folder, bad --shard), 3 no server, or some "
                        + "submissions could not be graded through no fault of theirs (they are graded again next time).",
                "Examples:  workbook grade submissions --out graded    workbook grade submissions --out out-1 --shard 1/4"})
final class GradeCommand implements Callable<Integer> {
    @ParentCommand
    WorkbookCommand root;

    @Mixin
    ConnectionOptions options;

    @Parameters(arity = "0..1", paramLabel = "SUBMISSIONS", description = "A folder of submissions: zips, folders or git clones, one per student.")
    Path submissions;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the gradebook, reports and feedback go (required).")
    Path out;

    @Option(names = "--workers", paramLabel = "N", description = "Submissions graded at once (default: one per core).")
    Integer workers;

    @Option(names = "--shard", paramLabel = "I/N", description = "Grade only shard I of N (then: workbook grade merge).")
    String shard;

    @Option(names = "--regrade-all", description = "Grade every submission again, even unchanged ones.")
    boolean regradeAll;

    @Option(names = "--no-similarity", description = "Skip the similarity report (JPlag).")
    boolean noSimilarity;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "Wall time for one exercise's run of student code (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--memory", paramLabel = "MB", defaultValue = "512", description = "Heap of the student JVM (default ${DEFAULT-VALUE}).")
    int heapMb;

    @Option(names = "--containment", paramLabel = "KIND", defaultValue = "auto",
            description = "auto (bubblewrap where it works, else a plain process), bubblewrap, or process.")
    String containment;

    @Override
    public Integer call() {
        CliContext ctx = root.ctx;
        if (submissions == null || out == null) {
            throw WorkbookException.badInput("grade needs the submissions folder and --out").value(submissions == null ? "no SUBMISSIONS"
                    : "no --out").next("workbook grade submissions --out graded").build();
        }
        if (!Files.isDirectory(submissions)) {
            throw WorkbookException.badInput("the submissions folder is not there").value(submissions.toAbsolutePath())
                    .next("collect the zips (workbook submit), folders or git clones into one folder, then: workbook grade FOLDER --out DIR")
                    .build();
        }
        Shard s = shard == null ? Shard.ALL : Shard.parse(shard);
        int n = workers != null ? workers : Runtime.getRuntime().availableProcessors();
        if (n < 1) {
            throw WorkbookException.badInput("--workers must be at least 1").value(n).build();
        }
        DbTarget target = Providers.forSettings(options.settings(ctx)).start();
        StudentLimits limits = new StudentLimits(timeoutSeconds, heapMb, containment.toLowerCase(Locale.ROOT));
        SubmissionGrader grader = CheckerGrader.create(target, limits);
        ctx.err().println("grading " + submissions + (s.count() > 1 ? " (shard " + s + ")" : "") + " with " + n + " worker(s)");
        RunSummary run = GradingRun.run(new GradingRun.Options(submissions, out, n, s, regradeAll, !noSimilarity, IntakeLimits.DEFAULT),
                grader, new Progress(ctx.err(), System.console() != null));
        OutLayout layout = new OutLayout(out.toAbsolutePath());
        print(ctx, layout, run);
        return notGraded(ctx, layout);
    }

    /** Submissions the grader itself failed on (no server, no student JVM) have no key and are graded again next time. */
    static int notGraded(CliContext ctx, OutLayout layout) {
        long failed = layout.readGrades().stream().filter(g -> g.key() == null).count();
        if (failed == 0) {
            return 0;
        }
        ctx.err().println("error: " + failed + " submission(s) could not be graded, through no fault of theirs (see report.html, "
                + "\"Submissions that errored\")");
        ctx.err().println("  next: workbook doctor; then run the same workbook grade again (only those are graded again)");
        return dev.workbook.errors.ExitCode.ENVIRONMENT_NOT_READY.code();
    }

    static void print(CliContext ctx, OutLayout layout, RunSummary run) {
        int total = run.graded() + run.reused();
        ctx.out().printf(Locale.ROOT, "%d submissions: %d graded, %d unchanged (not graded again) in %.1f s%s%n", total, run.graded(),
                run.reused(), run.wallMillis() / 1000.0,
                run.graded() == 0 ? "" : String.format(Locale.ROOT, " (%.1f s per graded submission)", run.wallMillis() / 1000.0 / run.graded()));
        ctx.out().println("  gradebook:  " + layout.gradebook() + "   (LMS: " + layout.canvas().getFileName() + ", "
                + layout.moodle().getFileName() + ")");
        ctx.out().println("  report:     " + layout.report() + "   (instructor only, with " + layout.similarityHtml().getFileName() + ")");
        ctx.out().println("  feedback:   " + layout.root().resolve("feedback") + "/NAME/   (safe to hand to each student)");
        ctx.out().println("  junit:      " + layout.junit());
    }
}
