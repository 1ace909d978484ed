package dev.workbook.cli;

import static dev.workbook.grading.ClassFixture.part;
import static dev.workbook.grading.ClassFixture.reference;
import static dev.workbook.grading.ClassFixture.stub;
import static dev.workbook.grading.ClassFixture.withPart;
import static dev.workbook.grading.GradingFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testing.CliRun;
import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * submit, grade, grade again, shards and merge through the CLI, on the shared embedded server: what an instructor types.
 */
class GradeCliTest {
    @Test
    void submitGradeRegradeShardAndMerge() throws Exception {
        SharedServer.target();
        Path home = TestHomes.root().resolve("shared");
        Path root = TestHomes.fresh("grade-cli-real");
        Path in = root.resolve("submissions");

        // A student's project: the stubs, one exercise solved, one partly; submitted as a zip.
        Path project = root.resolve("project");
        write(project.resolve("notebooks/exercises/01-pet-table.jsh"), reference("01-pet-table"));
        write(project.resolve("notebooks/exercises/05-older-than-21.jsh"),
                withPart(stub("05-older-than-21"), 1, part(reference("05-older-than-21"), 1)));
        write(project.resolve("notebooks/exercises/02-varargs-posts.jsh"), stub("02-varargs-posts"));
        CliRun submit = CliRun.run(TestHomes.env(TestHomes.fresh("student-home")), "", "submit", "--student", "ann",
                "--dir", project.toString(), "--out", in.resolve("ann.zip").toString());
        assertThat(submit.exitCode()).as(submit.toString()).isZero();
        // Another student hands in a plain folder.
        write(in.resolve("bo/05-older-than-21.jsh"), reference("05-older-than-21"));

        Path out = root.resolve("graded");
        CliRun grade = CliRun.run(home, "grade", in.toString(), "--out", out.toString(), "--workers", "2");
        assertThat(grade.exitCode()).as(grade.toString()).isZero();
        assertThat(grade.out()).contains("2 submissions: 2 graded, 0 unchanged", "gradebook.csv", "feedback");
        assertThat(grade.err()).contains("grading " + in, "2/2");
        List<String> rows = Files.readAllLines(out.resolve("gradebook.csv"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("ann,7,0,0,0,"))
                .anySatisfy(r -> assertThat(r).startsWith("bo,0,0,0,0,5,"));
        String annOlder = rows.stream().filter(r -> r.startsWith("ann,")).findFirst().orElseThrow().split(",")[5];
        assertThat(Double.parseDouble(annOlder)).isPositive().isLessThan(5);
        assertThat(out.resolve("feedback/ann/feedback.html")).exists();
        assertThat(Files.readString(out.resolve("report.html"))).contains("bubblewrap").doesNotContain("process only");

        CliRun again = CliRun.run(home, "grade", in.toString(), "--out", out.toString());
        assertThat(again.out()).as(again.toString()).contains("2 submissions: 0 graded, 2 unchanged (not graded again)");

        Path one = root.resolve("out-1");
        Path two = root.resolve("out-2");
        assertThat(CliRun.run(home, "grade", in.toString(), "--out", one.toString(), "--shard", "1/2").exitCode()).isZero();
        assertThat(CliRun.run(home, "grade", in.toString(), "--out", two.toString(), "--shard", "2/2").exitCode()).isZero();
        Path merged = root.resolve("merged");
        CliRun merge = CliRun.run(home, "grade", "merge", one.toString(), two.toString(), "--out", merged.toString());
        assertThat(merge.exitCode()).as(merge.toString()).isZero();
        assertThat(Files.readString(merged.resolve("gradebook.csv"))).isEqualTo(Files.readString(out.resolve("gradebook.csv")));
        assertThat(Files.readString(merged.resolve("feedback/ann/results.json")))
                .isEqualTo(Files.readString(out.resolve("feedback/ann/results.json")));
    }
}
