package dev.workbook.grading.shard;

import dev.workbook.errors.WorkbookException;
import dev.workbook.grading.Catalog;
import dev.workbook.grading.SubmissionGrade;
import dev.workbook.grading.report.OutLayout;
import dev.workbook.grading.report.Outputs;
import dev.workbook.grading.report.RunSummary;
import dev.workbook.grading.similarity.Similarity;
import dev.workbook.platform.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code workbook grade merge}: joins the output directories of {@code --shard 1/n ... n/n} into one, as a single run
 * would have written it. It refuses shards graded with different checks, a missing or repeated shard, and a
 * submission graded in two shards.
 */
public final class Merge {
    private Merge() {
    }

    public static RunSummary merge(List<Path> shardDirs, Path outDir, Catalog catalog, Map<String, String> stubs, boolean similarity) {
        return merge(shardDirs, outDir, () -> catalog, () -> stubs, similarity);
    }

    /** The catalogue and stubs are asked for only once the shard folders have been checked. */
    public static RunSummary merge(List<Path> shardDirs, Path outDir, java.util.function.Supplier<Catalog> catalog,
                                   java.util.function.Supplier<Map<String, String>> stubs, boolean similarity) {
        if (shardDirs.isEmpty()) {
            throw WorkbookException.badInput("no shard output directories to merge").next("workbook grade merge out-1 out-2 --out out").build();
        }
        Map<String, SubmissionGrade> all = new HashMap<>();
        Map<String, Path> origin = new HashMap<>();
        TreeSet<Integer> indexes = new TreeSet<>();
        String fingerprint = null;
        int count = -1;
        long wall = 0;
        int workers = 0;
        int graded = 0;
        int reused = 0;
        String version = null;
        for (Path dir : shardDirs) {
            OutLayout shard = new OutLayout(dir.toAbsolutePath());
            if (!Files.isRegularFile(shard.runJson())) {
                throw WorkbookException.badInput("not the output directory of a grading run (no .grading/run.json)").value(dir)
                        .next("give the --out directories of workbook grade --shard i/n").build();
            }
            RunSummary run = Outputs.readRun(shard);
            Shard s = Shard.parse(run.shard());
            if (fingerprint == null) {
                fingerprint = run.fingerprint();
                count = s.count();
                version = run.workbookVersion();
            } else if (!fingerprint.equals(run.fingerprint())) {
                throw WorkbookException.badInput("the shards were graded with different checks or limits").value(dir + " (fingerprint "
                        + run.fingerprint() + ", first shard " + fingerprint + ")").next("grade every shard with the same workbook and options").build();
            }
            if (s.count() != count || !indexes.add(s.index())) {
                throw WorkbookException.badInput("shard " + s + " does not fit the others (of " + count + ", seen " + indexes + ")").value(dir).build();
            }
            wall = Math.max(wall, run.wallMillis());
            workers += run.workers();
            graded += run.graded();
            reused += run.reused();
            for (SubmissionGrade g : shard.readGrades()) {
                Path before = origin.put(g.submission(), dir);
                if (before != null) {
                    throw WorkbookException.badInput("submission " + g.submission() + " was graded in two shards").value(before + " and " + dir).build();
                }
                all.put(g.submission(), g);
            }
        }
        if (indexes.size() != count) {
            List<Integer> missing = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                if (!indexes.contains(i)) {
                    missing.add(i);
                }
            }
            throw WorkbookException.badInput("shards are missing: " + missing + " of " + count)
                    .next("grade them with --shard i/" + count + " and give every shard's --out directory").build();
        }
        OutLayout out = new OutLayout(outDir.toAbsolutePath());
        List<SubmissionGrade> sorted = all.values().stream().sorted(Comparator.comparing(SubmissionGrade::submission)).toList();
        try {
            FileTrees.delete(out.grades());
            FileTrees.delete(out.codeRoot());
            for (SubmissionGrade g : sorted) {
                out.writeGrade(g);
                copyTree(new OutLayout(origin.get(g.submission()).toAbsolutePath()).code(g.submission()), out.code(g.submission()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (similarity) {
            Similarity.write(out, sorted, stubs.get());
        }
        RunSummary summary = new RunSummary(wall, workers, graded, reused, Shard.ALL.toString(), fingerprint, version);
        Outputs.write(out, catalog.get(), sorted, summary);
        return summary;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path f : s.toList()) {
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
