package dev.workbook.grading.shard;

import static dev.workbook.grading.GradingFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.workbook.errors.WorkbookException;
import dev.workbook.grading.GradeJson;
import dev.workbook.grading.GradingFixtures;
import dev.workbook.grading.ScriptedGrader;
import dev.workbook.grading.SubmissionGrade;
import dev.workbook.grading.intake.IntakeLimits;
import dev.workbook.grading.report.OutLayout;
import dev.workbook.grading.run.GradingRun;
import dev.workbook.grading.run.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardMergeTest {
    @TempDir
    Path tmp;
    Path in;

    @BeforeEach
    void submissions() {
        in = tmp.resolve("submissions");
        String[] kinds = {"// grade: pass", "// grade: fail 1", "// grade: fail 2", "// grade: error EXITED System.exit(0) was called"};
        for (int i = 0; i < 23; i++) {
            write(in.resolve("s" + i + "/01-alpha.jsh"), kinds[i % 4] + "\nint alpha() { return " + i + "; }");
            if (i % 3 == 0) {
                write(in.resolve("s" + i + "/02-beta.jsh"), kinds[(i + 1) % 4]);
            }
        }
        write(in.resolve("s7/workbook-submission.json"), "{\"format\": 1, \"kind\": \"workbook-submission\", \"student\": \"s3\", \"files\": []}");
    }

    private void grade(Path out, Shard shard) {
        GradingRun.run(new GradingRun.Options(in, out, 2, shard, false, true, IntakeLimits.DEFAULT), new ScriptedGrader("v1"),
                Progress.silent());
    }

    @Test
    void theSplitIsDeterministicCoversEverySubmissionOnceAndIsStableWhenOneIsAdded() {
        List<String> names = IntStream.range(0, 200).mapToObj(i -> "student-" + i).toList();
        List<String> seen = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            Shard s = new Shard(i, 4);
            List<String> mine = names.stream().filter(s::includes).toList();
            assertThat(mine).hasSizeBetween(25, 75);
            assertThat(names.stream().filter(new Shard(i, 4)::includes).toList()).isEqualTo(mine);
            seen.addAll(mine);
        }
        assertThat(seen).hasSize(200).doesNotHaveDuplicates();
        assertThat(Shard.parse(" 2/4 ")).isEqualTo(new Shard(2, 4));
        assertThatThrownBy(() -> Shard.parse("5/4")).isInstanceOf(WorkbookException.class).hasMessageContaining("1 <= i <= n");
        assertThatThrownBy(() -> Shard.parse("two")).isInstanceOf(WorkbookException.class).hasMessageContaining("i/n");
    }

    @Test
    void mergedShardsEqualTheSingleRun() throws Exception {
        Path single = tmp.resolve("single");
        grade(single, Shard.ALL);
        List<Path> shards = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Path out = tmp.resolve("shard-" + i);
            grade(out, new Shard(i, 3));
            shards.add(out);
        }
        assertThat(shards).allSatisfy(s -> assertThat(new OutLayout(s).readGrades()).isNotEmpty().hasSizeLessThan(23));
        Path merged = tmp.resolve("merged");
        Merge.merge(shards, merged, GradingFixtures.CATALOG, new ScriptedGrader("v1").stubCode(), true);

        Map<String, String> a = snapshot(single);
        Map<String, String> b = snapshot(merged);
        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((file, text) -> assertThat(b.get(file)).as(file).isEqualTo(text));
        assertThat(a).containsKeys("gradebook.csv", "canvas.csv", "moodle.csv", "junit.xml", "report.html", "similarity.csv",
                "similarity.html", "feedback/s0/results.json", "feedback/s22/feedback.html");
        assertThat(a.get("gradebook.csv")).contains("s3,", "student id in 2 submissions (s3, s7)");
    }

    @Test
    void mergeRefusesMissingShardsAndShardsGradedWithOtherChecks() {
        Path one = tmp.resolve("o1");
        Path two = tmp.resolve("o2");
        grade(one, new Shard(1, 2));
        assertThatThrownBy(() -> Merge.merge(List.of(one), tmp.resolve("m"), GradingFixtures.CATALOG, Map.of(), false))
                .isInstanceOf(WorkbookException.class).hasMessageContaining("shards are missing: [2] of 2");
        GradingRun.run(new GradingRun.Options(in, two, 1, new Shard(2, 2), false, false, IntakeLimits.DEFAULT),
                new ScriptedGrader("other checks"), Progress.silent());
        assertThatThrownBy(() -> Merge.merge(List.of(one, two), tmp.resolve("m"), GradingFixtures.CATALOG, Map.of(), false))
                .isInstanceOf(WorkbookException.class).hasMessageContaining("different checks");
        assertThatThrownBy(() -> Merge.merge(List.of(one, one), tmp.resolve("m"), GradingFixtures.CATALOG, Map.of(), false))
                .isInstanceOf(WorkbookException.class).hasMessageContaining("does not fit");
    }

    /**
     * Every output file's text. Only measured durations may differ between a run and a merge of other runs: the
     * report's run section and time figures, and each record's wall time.
     */
    private static Map<String, String> snapshot(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(f).toString();
                if (rel.startsWith(".grading/jplag") || rel.equals(".grading/run.json")) {
                    continue;
                }
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (rel.equals("report.html")) {
                    text = text.replaceAll("(?s)<section id=\"(run|resources)\">.*?</section>", "");
                } else if (rel.startsWith(".grading/grades/")) {
                    SubmissionGrade g = GradeJson.read(text);
                    text = GradeJson.write(new SubmissionGrade(g.submission(), g.student(), g.kind(), g.key(), g.rejected(), g.reason(),
                            g.exercises(), g.findings(), new SubmissionGrade.RunFacts(g.run().containment(), g.run().limits(), 0,
                            g.run().jvmStartMillis(), g.run().studentCodeMillis(), g.run().checksMillis(), g.run().jvmStarts())));
                }
                files.put(rel, text);
            }
        }
        return files;
    }
}
