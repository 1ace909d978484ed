package dev.workbook.grading.run;

import dev.workbook.config.Versions;
import dev.workbook.grading.ExerciseGrade;
import dev.workbook.grading.Finding;
import dev.workbook.grading.SubmissionGrade;
import dev.workbook.grading.intake.Intake;
import dev.workbook.grading.intake.IntakeLimits;
import dev.workbook.grading.intake.Submission;
import dev.workbook.grading.intake.SubmissionManifest;
import dev.workbook.grading.report.OutLayout;
import dev.workbook.grading.report.Outputs;
import dev.workbook.grading.report.RunSummary;
import dev.workbook.grading.shard.Shard;
import dev.workbook.grading.similarity.Similarity;
import dev.workbook.platform.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * {@code workbook grade}: intake, grading in parallel (one worker per core by default, each submission in its own grader
 * session), incremental re-grading, then every output and the similarity report. A submission whose key (its content
 * hash and the checks' fingerprint) matches its stored record is not graded again.
 */
public final class GradingRun {
    /** Bumped when the grade record changes meaning, so older records are graded again. */
    static final String RECORD_VERSION = "grading-1";

    public record Options(Path submissions, Path out, int workers, Shard shard, boolean regradeAll, boolean similarity,
                          IntakeLimits limits) {
    }

    private GradingRun() {
    }

    public static RunSummary run(Options o, SubmissionGrader grader, Progress progress) {
        long start = System.nanoTime();
        OutLayout out = new OutLayout(o.out().toAbsolutePath());
        Map<String, Path> entries = select(o.submissions(), o.shard());
        Intake intake = new Intake(grader.catalog(), o.limits());
        String fingerprint = grader.fingerprint();
        Map<String, SubmissionGrade> grades = new ConcurrentHashMap<>();
        AtomicInteger reused = new AtomicInteger();
        progress.start(entries.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, o.workers()), r -> {
            Thread t = new Thread(r, "grading-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> jobs = new ArrayList<>();
            entries.forEach((name, entry) -> jobs.add(pool.submit(() -> {
                boolean cached = gradeOne(name, entry, intake, grader, fingerprint, out, o.regradeAll(), grades);
                if (cached) {
                    reused.incrementAndGet();
                }
                progress.done(name, cached);
            })));
            for (Future<?> f : jobs) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("grading was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("grading failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        removeStale(out, entries.keySet());
        List<SubmissionGrade> sorted = entries.keySet().stream().sorted().map(grades::get).toList();
        if (o.similarity()) {
            Similarity.write(out, sorted, grader.stubCode());
        }
        RunSummary summary = new RunSummary((System.nanoTime() - start) / 1_000_000, Math.max(1, o.workers()),
                entries.size() - reused.get(), reused.get(), o.shard().toString(), fingerprint, Versions.get("workbook.version"));
        Outputs.write(out, grader.catalog(), sorted, summary);
        return summary;
    }

    /** The batch's entries by their output name (unique: a clash gets ~2, ~3 in sorted order), this shard's only. */
    static Map<String, Path> select(Path folder, Shard shard) {
        Map<String, Path> all = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Path p : Intake.list(folder)) {
            String base = Intake.nameOf(p);
            int n = seen.merge(base, 1, Integer::sum);
            all.put(n == 1 ? base : base + "~" + n, p);
        }
        Map<String, Path> mine = new LinkedHashMap<>();
        all.forEach((name, p) -> {
            if (shard.includes(name)) {
                mine.put(name, p);
            }
        });
        return mine;
    }

    private static boolean gradeOne(String name, Path entry, Intake intake, SubmissionGrader grader, String fingerprint,
                                    OutLayout out, boolean regradeAll, Map<String, SubmissionGrade> grades) {
        Path work = out.work(name);
        try {
            Submission s = intake.open(entry, work);
            s = rename(s, name);
            String key = SubmissionManifest.sha256((RECORD_VERSION + "\n" + fingerprint + "\n" + s.contentHash())
                    .getBytes(StandardCharsets.UTF_8));
            if (!regradeAll) {
                SubmissionGrade old = out.readGrade(name).orElse(null);
                if (old != null && key.equals(old.key())) {
                    grades.put(name, old);
                    return true;
                }
            }
            FileTrees.delete(out.code(name));
            SubmissionGrade g = SubmissionRun.grade(s, grader, key, out.code(name));
            out.writeGrade(g);
            grades.put(name, g);
        } catch (RuntimeException | IOException e) {
            // Not the student's doing (the server went away, a disk filled): recorded without a key, so the next run retries.
            SubmissionGrade g = internalError(name, entry, grader, e);
            out.writeGrade(g);
            grades.put(name, g);
        } finally {
            try {
                FileTrees.delete(work);
            } catch (IOException e) {
                // a work copy left behind is removed at the next run of this name
            }
        }
        return false;
    }

    private static Submission rename(Submission s, String name) {
        return s.name().equals(name) ? s : new Submission(name, s.student(), s.kind(), s.original(), s.dir(), s.sources(),
                s.refused(), s.findings(), s.contentHash(), s.rejected());
    }

    private static SubmissionGrade internalError(String name, Path entry, SubmissionGrader grader, Exception e) {
        String why = "internal error while grading (not the student's doing; grade again): " + e;
        List<ExerciseGrade> none = grader.catalog().exercises().stream().map(ex -> ExerciseGrade.missing(ex, why)).toList();
        return new SubmissionGrade(name, Intake.nameOf(entry), "unknown", null, true, why, none,
                List.of(Finding.note(null, why)), SubmissionGrade.RunFacts.none());
    }

    private static void removeStale(OutLayout out, java.util.Set<String> names) {
        if (!Files.isDirectory(out.grades())) {
            return;
        }
        try (Stream<Path> s = Files.list(out.grades())) {
            for (Path f : s.toList()) {
                String n = f.getFileName().toString();
                if (n.endsWith(".json") && !names.contains(n.substring(0, n.length() - 5))) {
                    Files.delete(f);
                    FileTrees.delete(out.code(n.substring(0, n.length() - 5)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
