package dev.workbook.grading.run;

import static dev.workbook.grading.GradingFixtures.notebook;
import static dev.workbook.grading.GradingFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.grading.GradeJson;
import dev.workbook.grading.GradingFixtures.Zip;
import dev.workbook.grading.ScriptedGrader;
import dev.workbook.grading.SubmissionGrade;
import dev.workbook.grading.intake.IntakeLimits;
import dev.workbook.grading.report.OutLayout;
import dev.workbook.grading.report.RunSummary;
import dev.workbook.grading.shard.Shard;
import dev.workbook.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run and its outputs, with a grader double: what each file says, re-grading, workers. */
class GradingRunTest {
    @TempDir
    Path tmp;
    Path in;

    @BeforeEach
    void submissions() {
        in = tmp.resolve("submissions");
        write(in.resolve("ada/01-alpha.jsh"), "// grade: pass");
        write(in.resolve("ada/02-beta.jsh"), "// grade: pass");
        write(in.resolve("ada/03-gamma.jsh"), "// grade: pass");
        write(in.resolve("bob/01-alpha.jsh"), "// grade: fail 3");
        write(in.resolve("bob/02-beta.jsh"), "// grade: error TIMED_OUT the code ran past its 20 s limit");
        try (Zip z = new Zip(in.resolve("carl-notebook.zip"))) {
            z.file("workbook-submission.json", "{\"format\": 1, \"kind\": \"workbook-submission\", \"student\": \"carl\", \"files\": []}")
                    .file("notebooks/01-first.ipynb", notebook("01-first", "java", "01-alpha", 1, "// grade: fail 1"));
        }
        try (Zip z = new Zip(in.resolve("carl-scripts.zip"))) {
            z.file("workbook-submission.json", "{\"format\": 1, \"kind\": \"workbook-submission\", \"student\": \"carl\", \"files\": []}")
                    .file("exercises/02-beta.jsh", "// grade: pass");
        }
        write(in.resolve("empty/.keep"), "");
    }

    private RunSummary grade(Path out, ScriptedGrader grader, Shard shard, int workers) {
        return GradingRun.run(new GradingRun.Options(in, out, workers, shard, false, true, IntakeLimits.DEFAULT), grader, Progress.silent());
    }

    @Test
    void theGradebookHasOneRowPerStudentWithPointsPerExerciseAndTotal() throws Exception {
        Path out = tmp.resolve("out");
        RunSummary run = grade(out, new ScriptedGrader("v1"), Shard.ALL, 2);
        assertThat(run.graded()).isEqualTo(5);
        List<String> rows = Files.readAllLines(out.resolve("gradebook.csv"));
        assertThat(rows.get(0)).isEqualTo("student,01-alpha,02-beta,03-gamma,total,max,notes");
        assertThat(rows).contains("ada,4,2,2,8,8,");
        // bob: alpha fails all three checks; beta timed out with both checks failing
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("bob,0,0,0,0,8,").contains("1 exercise(s) errored"));
        // carl: the notebook (alpha: first check failed = 3 of 4) and the scripts (beta) combine per exercise
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("carl,3,2,0,5,8,").contains("student id in 2 submissions"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("empty,0,0,0,0,8,").contains("empty refused: nothing to grade"));
        assertThat(Files.readAllLines(out.resolve("canvas.csv"))).containsExactly(
                "Student,ID,SIS User ID,SIS Login ID,Section,Workbook exercises", "Points Possible,,,,,8",
                "ada,,,ada,,8", "bob,,,bob,,0", "carl,,,carl,,5", "empty,,,empty,,0");
        assertThat(Files.readAllLines(out.resolve("moodle.csv"))).containsExactly(
                "username,Workbook exercises (%)", "ada,100.00", "bob,0.00", "carl,62.50", "empty,0.00");
    }

    @Test
    void feedbackNeverNamesHiddenChecksNorShowsTheirMessagesButCountsTheirPoints() throws Exception {
        Path out = tmp.resolve("out");
        grade(out, new ScriptedGrader("v1"), Shard.ALL, 1);
        for (String file : List.of("feedback.md", "feedback.html", "results.json", "junit.xml")) {
            String text = Files.readString(out.resolve("feedback/bob").resolve(file));
            assertThat(text).as(file).doesNotContain("alpha secret rule").doesNotContain("SECRET").contains("a hidden check");
        }
        String md = Files.readString(out.resolve("feedback/bob/feedback.md"));
        assertThat(md).contains("# Feedback for bob", "**0 of 8 points**", "✗ alpha has a table (0/1)", "> expected 3 rows, found 0",
                "✗ a hidden check (0/2)", "Hint: hint for 01-alpha", "Your code did not complete: the code ran past its 20 s limit",
                "Graded from `02-beta.jsh`");
        assertThat(md).doesNotContain("grade: fail");   // no source
        String instructor = Files.readString(out.resolve("junit.xml"));
        assertThat(instructor).contains("alpha secret rule [hidden]", "SECRET detail");
    }

    @Test
    void resultsJsonIsExercismV3PerExercisePlusPoints() throws Exception {
        Path out = tmp.resolve("out");
        grade(out, new ScriptedGrader("v1"), Shard.ALL, 1);
        Map<String, Object> r = Json.parseObject(Files.readString(out.resolve("feedback/bob/results.json")));
        assertThat(r).containsEntry("version", 3L).containsEntry("status", "fail").containsEntry("points", 0.0)
                .containsEntry("max_points", 8.0).containsEntry("student", "bob");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> exercises = (List<Map<String, Object>>) r.get("exercises");
        assertThat(exercises).extracting(e -> e.get("id")).containsExactly("01-alpha", "02-beta", "03-gamma");
        Map<String, Object> beta = exercises.get(1);
        assertThat(beta).containsEntry("version", 3L).containsEntry("status", "error")
                .containsEntry("message", "the code ran past its 20 s limit");
        assertThat((String) beta.get("output")).hasSize(500 + "\n[output truncated]".length()).endsWith("[output truncated]");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tests = (List<Map<String, Object>>) exercises.get(0).get("tests");
        assertThat(tests.get(0)).containsEntry("name", "alpha has a table").containsEntry("status", "fail")
                .containsEntry("points", 0.0).containsEntry("max_points", 1.0);
        assertThat(tests.get(2)).containsEntry("name", "a hidden check").containsEntry("message", null);
        assertThat(exercises.get(2)).containsEntry("status", "fail").containsEntry("message", "not in the submission");
    }

    @Test
    void junitXmlParsesAndCountsFailuresAndErrors() throws Exception {
        Path out = tmp.resolve("out");
        grade(out, new ScriptedGrader("v1"), Shard.ALL, 1);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("junit.xml").toFile());
        var suites = doc.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(5 * 3);
        assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(3 + 2 + 1);
        assertThat(doc.getElementsByTagName("skipped").getLength()).isGreaterThan(0);
    }

    @Test
    void anUnchangedSubmissionWithUnchangedChecksIsNotGradedAgain() throws Exception {
        Path out = tmp.resolve("out");
        ScriptedGrader first = new ScriptedGrader("v1");
        grade(out, first, Shard.ALL, 2);
        assertThat(first.sessions.get()).as("the empty submission needs no session").isEqualTo(4);

        ScriptedGrader second = new ScriptedGrader("v1");
        RunSummary again = grade(out, second, Shard.ALL, 2);
        assertThat(second.sessions.get()).isZero();
        assertThat(again.reused()).isEqualTo(5);
        assertThat(Files.readAllLines(out.resolve("gradebook.csv"))).contains("ada,4,2,2,8,8,");

        write(in.resolve("bob/03-gamma.jsh"), "// grade: pass");
        ScriptedGrader third = new ScriptedGrader("v1");
        RunSummary changed = grade(out, third, Shard.ALL, 2);
        assertThat(third.sessions.get()).isEqualTo(1);
        assertThat(changed.graded()).isEqualTo(1);
        assertThat(Files.readAllLines(out.resolve("gradebook.csv"))).anySatisfy(r -> assertThat(r).startsWith("bob,0,0,2,2,8"));

        ScriptedGrader newChecks = new ScriptedGrader("v2");
        grade(out, newChecks, Shard.ALL, 2);
        assertThat(newChecks.sessions.get()).isEqualTo(4);
    }

    @Test
    void aRemovedSubmissionLeavesNoGradeNorFeedbackBehind() throws Exception {
        Path out = tmp.resolve("out");
        grade(out, new ScriptedGrader("v1"), Shard.ALL, 1);
        assertThat(out.resolve("feedback/ada/feedback.html")).exists();
        dev.workbook.platform.FileTrees.delete(in.resolve("ada"));
        grade(out, new ScriptedGrader("v1"), Shard.ALL, 1);
        assertThat(out.resolve("feedback/ada")).doesNotExist();
        assertThat(new OutLayout(out).readGrade("ada")).isEmpty();
        assertThat(Files.readString(out.resolve("gradebook.csv"))).doesNotContain("ada");
    }

    @Test
    void theGradeRecordRoundTrips() throws Exception {
        Path out = tmp.resolve("out");
        grade(out, new ScriptedGrader("v1"), Shard.ALL, 1);
        SubmissionGrade bob = new OutLayout(out).readGrade("bob").orElseThrow();
        assertThat(GradeJson.read(GradeJson.write(bob))).isEqualTo(bob);
        assertThat(bob.exercise("02-beta").ending()).isEqualTo("TIMED_OUT");
        assertThat(out.resolve(".grading/work")).isEmptyDirectory();
    }

    @Test
    void progressShowsABarAndAnEta() {
        java.io.StringWriter sw = new java.io.StringWriter();
        Progress p = new Progress(new java.io.PrintWriter(sw), false);
        p.start(4);
        p.done("a", false);
        assertThat(p.line()).matches("\\[#{7}\\.{23}\\] 1/4  \\d+\\.\\d s/submission  ETA \\d+:\\d\\d");
        p.done("b", true);
        p.done("c", false);
        p.done("d", false);
        p.finish();
        assertThat(sw.toString()).contains("0/4", "1/4", "4/4");
        assertThat(Progress.clock(3725)).isEqualTo("1:02:05");
    }
}
