package dev.workbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testing.CliRun;
import dev.workbook.testing.TestHomes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The grade commands' input checks, and the example CI files' commands parse as the CLI defines them. */
class GradeCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aMissingSubmissionsFolderOrABadShardIsBadInput() {
        Path home = TestHomes.fresh("grade-cli");
        CliRun missing = CliRun.run(home, "grade", tmp.resolve("nope").toString(), "--out", tmp.resolve("o").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("the submissions folder is not there", "workbook grade FOLDER --out DIR");
        CliRun noOut = CliRun.run(home, "grade", tmp.toString());
        assertThat(noOut.exitCode()).isEqualTo(2);
        assertThat(noOut.err()).contains("--out");
        CliRun shard = CliRun.run(home, "grade", tmp.toString(), "--out", tmp.resolve("o").toString(), "--shard", "5/4");
        assertThat(shard.exitCode()).isEqualTo(2);
        assertThat(shard.err()).contains("1 <= i <= n", "5/4");
    }

    @Test
    void mergeRefusesAFolderThatIsNoShardOutput() throws Exception {
        CliRun r = CliRun.run(TestHomes.fresh("merge-cli"), "grade", "merge", Files.createDirectories(tmp.resolve("x")).toString(),
                "--out", tmp.resolve("m").toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("not the output directory of a grading run");
    }

    @Test
    void submissionsTheGraderFailedOnMakeExitCode3AndAreGradedAgain() throws Exception {
        Path in = tmp.resolve("in");
        dev.workbook.grading.GradingFixtures.write(in.resolve("ann/01-alpha.jsh"), "// grade: pass");
        Path out = tmp.resolve("out");
        dev.workbook.grading.ScriptedGrader broken = new dev.workbook.grading.ScriptedGrader("v1") {
            @Override
            public Session open(dev.workbook.grading.intake.Submission s) {
                throw new IllegalStateException("the server went away");
            }
        };
        dev.workbook.grading.run.GradingRun.run(new dev.workbook.grading.run.GradingRun.Options(in, out, 1,
                dev.workbook.grading.shard.Shard.ALL, false, false, dev.workbook.grading.intake.IntakeLimits.DEFAULT), broken,
                dev.workbook.grading.run.Progress.silent());
        StringWriter err = new StringWriter();
        CliContext ctx = new CliContext(System.getenv(), System.in, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertThat(GradeCommand.notGraded(ctx, new dev.workbook.grading.report.OutLayout(out))).isEqualTo(3);
        assertThat(err.toString()).contains("1 submission(s) could not be graded, through no fault of theirs", "workbook doctor");
        assertThat(Files.readString(out.resolve("gradebook.csv"))).contains("the server went away");

        dev.workbook.grading.ScriptedGrader fixed = new dev.workbook.grading.ScriptedGrader("v1");
        dev.workbook.grading.run.GradingRun.run(new dev.workbook.grading.run.GradingRun.Options(in, out, 1,
                dev.workbook.grading.shard.Shard.ALL, false, false, dev.workbook.grading.intake.IntakeLimits.DEFAULT), fixed,
                dev.workbook.grading.run.Progress.silent());
        assertThat(fixed.sessions.get()).isEqualTo(1);
        assertThat(GradeCommand.notGraded(ctx, new dev.workbook.grading.report.OutLayout(out))).isZero();
    }

    @Test
    void theExampleFilesCommandsParse() throws Exception {
        Path examples = Path.of(System.getProperty("workbook.project.dir", ".")).resolve("examples/grading");
        List<List<String>> commands = new ArrayList<>();
        Pattern line = Pattern.compile("\\./workbook (grade [^\\n\"]+)");
        for (String f : List.of("github-actions-grading.yml", "k8s-indexed-job.yaml")) {
            String text = Files.readString(examples.resolve(f)).replace("${{ matrix.shard }}", "1").replace("$i", "1");
            Matcher m = line.matcher(text);
            while (m.find()) {
                commands.add(List.of(m.group(1).trim().split("\\s+")));
            }
            Matcher json = Pattern.compile("command: \\[\"\\./workbook\", (.*)\\]").matcher(text);
            while (json.find()) {
                commands.add(List.of(json.group(1).replace("\"", "").split(",\\s*")));
            }
        }
        assertThat(commands).hasSizeGreaterThanOrEqualTo(4);
        for (List<String> args : commands) {
            CliContext ctx = new CliContext(System.getenv(), System.in, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
            CommandLine cl = new CommandLine(new WorkbookCommand(ctx));
            CommandLine.ParseResult parsed = cl.parseArgs(args.toArray(String[]::new));
            assertThat(parsed.subcommand()).as(String.join(" ", args)).isNotNull();
        }
    }
}
