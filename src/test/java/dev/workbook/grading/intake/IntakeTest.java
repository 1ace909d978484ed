package dev.workbook.grading.intake;

import static dev.workbook.grading.GradingFixtures.CATALOG;
import static dev.workbook.grading.GradingFixtures.notebook;
import static dev.workbook.grading.GradingFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.grading.Finding;
import dev.workbook.grading.GradingFixtures.Zip;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntakeTest {
    @TempDir
    Path tmp;

    private final Intake intake = new Intake(CATALOG, IntakeLimits.DEFAULT);

    private Submission open(Path entry) {
        return intake.open(entry, tmp.resolve("work").resolve(entry.getFileName().toString()));
    }

    private static List<String> details(Submission s, Finding.Kind kind) {
        return s.findings().stream().filter(f -> f.kind() == kind).map(Finding::describe).toList();
    }

    @Test
    void aZipFromSubmitIsReadWithItsStudentIdAndScripts() {
        Path zip = tmp.resolve("in/ada-2026.zip");
        String manifest = new SubmissionManifest("ada", "0.1.0", "now", List.of(
                new SubmissionManifest.FileEntry("exercises/01-alpha.jsh", SubmissionManifest.sha256("// grade: pass".getBytes()), 14))).toJson();
        try (Zip z = new Zip(zip)) {
            z.file("workbook-submission.json", manifest).file("exercises/01-alpha.jsh", "// grade: pass")
                    .file("notebooks/02-second.ipynb", notebook("02-second", "java", "02-beta", 1, "// grade: fail 1"));
        }
        Submission s = open(zip);
        assertThat(s.rejected()).isNull();
        assertThat(s.student()).isEqualTo("ada");
        assertThat(s.name()).isEqualTo("ada-2026");
        assertThat(s.kind()).isEqualTo("zip");
        assertThat(s.sources(("01-alpha"))).singleElement().satisfies(src -> {
            assertThat(src.kind()).isEqualTo(Source.Kind.SCRIPT);
            assertThat(src.file()).startsWith(s.dir()).exists();
        });
        assertThat(s.sources("02-beta")).singleElement().extracting(Source::kind).isEqualTo(Source.Kind.NOTEBOOK);
        assertThat(s.findings()).isEmpty();
    }

    @Test
    void pathTraversalAbsolutePathsAndSymlinksAreRefusedAndNothingIsWrittenOutsideTheWorkDirectory() {
        Path zip = tmp.resolve("in/mallory.zip");
        try (Zip z = new Zip(zip)) {
            z.file("../../escaped.jsh", "x").file("/tmp/absolute-01-alpha.jsh", "x").file("exercises/../../01-alpha.jsh", "x")
                    .symlink("exercises/02-beta.jsh", "/etc/passwd").file("exercises/03-gamma.jsh", "// grade: pass");
        }
        Submission s = open(zip);
        assertThat(details(s, Finding.Kind.BAD_INPUT)).anySatisfy(d -> assertThat(d).contains("../../escaped.jsh", "climbs out"))
                .anySatisfy(d -> assertThat(d).contains("/tmp/absolute-01-alpha.jsh", "absolute path"))
                .anySatisfy(d -> assertThat(d).contains("exercises/02-beta.jsh", "symbolic link"));
        assertThat(s.sources()).containsOnlyKeys("03-gamma");
        assertThat(tmp.resolve("escaped.jsh")).doesNotExist();
        assertThat(tmp.resolve("work/escaped.jsh")).doesNotExist();
        assertThat(Path.of("/tmp/absolute-01-alpha.jsh")).doesNotExist();
    }

    @Test
    void aZipBombIsRefusedWholeWithoutInflatingIt() {
        Path zip = tmp.resolve("in/bomb.zip");
        try (Zip z = new Zip(zip)) {
            z.file("exercises/01-alpha.jsh", "// grade: pass").zeros("exercises/02-beta.jsh", 256L << 20);
        }
        assertThat(zip.toFile().length()).isLessThan(5L << 20);
        Submission s = open(zip);
        assertThat(s.rejected()).contains("zip bomb");
        assertThat(s.sources()).isEmpty();
    }

    @Test
    void aHugeFileIsRefusedAndTheRestIsGraded() {
        Path dir = tmp.resolve("in/bob");
        write(dir.resolve("01-alpha.jsh"), "// grade: pass");
        byte[] big = "// padding line of a huge script\n".repeat(300_000).getBytes();
        write(dir.resolve("02-beta.jsh"), big);
        Submission s = open(dir);
        assertThat(s.kind()).isEqualTo("directory");
        assertThat(details(s, Finding.Kind.BAD_INPUT)).singleElement().asString().contains("02-beta.jsh", "huge file");
        assertThat(s.sources()).containsOnlyKeys("01-alpha");
    }

    @Test
    void aScriptThatIsNotUtf8IsRefusedForItsExerciseWithTheEncodingNamed() {
        Path dir = tmp.resolve("in/chloe");
        write(dir.resolve("01-alpha.jsh"), "// Übung: café\n// grade: pass".getBytes(Charset.forName("windows-1252")));
        write(dir.resolve("02-beta.jsh"), "\uFEFF// grade: pass with a BOM");
        Submission s = open(dir);
        assertThat(s.refused().get("01-alpha")).contains("not UTF-8", "windows-1252", "save it as UTF-8");
        assertThat(s.sources()).containsOnlyKeys("02-beta");
    }

    @Test
    void symlinksInADirectoryAreNotFollowed() throws Exception {
        Path secret = write(tmp.resolve("instructor/AlphaCheck.txt"), "secret");
        Path dir = tmp.resolve("in/dave");
        write(dir.resolve("02-beta.jsh"), "// grade: pass");
        Files.createDirectories(dir.resolve("exercises"));
        Files.createSymbolicLink(dir.resolve("exercises/01-alpha.jsh"), secret);
        Submission s = open(dir);
        assertThat(details(s, Finding.Kind.BAD_INPUT)).singleElement().asString().contains("01-alpha.jsh", "symbolic link");
        assertThat(s.sources()).containsOnlyKeys("02-beta");
    }

    @Test
    void emptyAndUselessSubmissionsAreRejectedWithAReason() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("in/empty"));
        assertThat(open(empty).rejected()).contains("empty");
        Path other = write(tmp.resolve("in/readme/README.md"), "hello").getParent();
        assertThat(open(other).rejected()).contains("nothing to grade");
        Path loose = write(tmp.resolve("in/notes.txt"), "hello");
        assertThat(open(loose).rejected()).contains("neither a zip file nor a directory");
        Path broken = write(tmp.resolve("in/broken.zip"), "PK this is not a zip");
        assertThat(open(broken).rejected()).contains("not a readable zip");
    }

    @Test
    void shippedChecksAndCheckerNamedClassesAreTamperingAndDropped() {
        Path dir = tmp.resolve("in/eve");
        write(dir.resolve("src/test/java/dev/workbook/exercises/checks/AlphaCheck.java"), "class AlphaCheck {}");
        write(dir.resolve("target/classes/Checks.class"), new byte[] {(byte) 0xCA, (byte) 0xFE});
        write(dir.resolve("lib/junit.jar"), "x");
        write(dir.resolve("exercises/01-alpha.jsh"), "class AlphaCheck { }\nimport org.junit.jupiter.api.Test;\n// grade: pass");
        Submission s = open(dir);
        List<String> t = details(s, Finding.Kind.TAMPERING);
        assertThat(t).anySatisfy(d -> assertThat(d).contains("AlphaCheck.java"))
                .anySatisfy(d -> assertThat(d).contains("Checks.class"))
                .anySatisfy(d -> assertThat(d).contains("junit.jar"))
                .anySatisfy(d -> assertThat(d).contains("01-alpha.jsh", "named like the checker's (AlphaCheck)"))
                .anySatisfy(d -> assertThat(d).contains("org.junit"));
        assertThat(s.sources()).containsOnlyKeys("01-alpha");
        assertThat(s.dir().resolve("src")).doesNotExist();
    }

    @Test
    void malformedNotebooksAreRecordedPerExercise() {
        Path dir = tmp.resolve("in/fay");
        write(dir.resolve("01-first.ipynb"), "{\"cells\": [ oops");
        write(dir.resolve("02-second.ipynb"), notebook("02-second", "python", "02-beta", 1, "// grade: pass"));
        write(dir.resolve("03-third.ipynb"), notebook("03-third", "java", "03-gamma", 1, "a", "03-gamma", 1, "b"));
        Submission s = open(dir);
        assertThat(s.refused().get("01-alpha")).contains("not valid JSON");
        assertThat(s.refused().get("02-beta")).contains("foreign kernel", "python");
        assertThat(s.refused().get("03-gamma")).contains("part 1 appears in 2 cells");
        assertThat(s.sources()).isEmpty();
        assertThat(s.rejected()).isNull();
    }

    @Test
    void aChapterNotebookWithoutItsExerciseCellsIsReportedButAScriptForItStillCounts() {
        Path dir = tmp.resolve("in/gus");
        write(dir.resolve("notebooks/01-first.ipynb"), notebook("01-first", "java"));
        write(dir.resolve("notebooks/02-second.ipynb"), notebook("02-second", "java", "02-beta", 2, "only part two"));
        write(dir.resolve("exercises/01-alpha.jsh"), "// grade: pass");
        Submission s = open(dir);
        assertThat(details(s, Finding.Kind.BAD_INPUT)).anySatisfy(d -> assertThat(d).contains("exercise cells of 01-alpha are missing"))
                .anySatisfy(d -> assertThat(d).contains("part 1 of the solution cells is missing"));
        assertThat(s.sources()).containsOnlyKeys("01-alpha");
        assertThat(s.refused()).containsOnlyKeys("02-beta");
    }

    @Test
    void aGitWorkingTreeIsGradedWithoutItsGitDirectoryAndAFileChangedAfterSubmitIsNoted() {
        Path dir = tmp.resolve("in/hal");
        write(dir.resolve(".git/HEAD"), "ref: refs/heads/main");
        write(dir.resolve(".git/objects/01-alpha.jsh"), "not this one");
        write(dir.resolve("01-alpha.jsh"), "// grade: pass, edited later");
        write(dir.resolve("workbook-submission.json"), new SubmissionManifest("hal9000", "0.1.0", "now", List.of(
                new SubmissionManifest.FileEntry("01-alpha.jsh", SubmissionManifest.sha256("// grade: pass".getBytes()), 14))).toJson());
        Submission s = open(dir);
        assertThat(s.kind()).isEqualTo("git");
        assertThat(s.student()).isEqualTo("hal9000");
        assertThat(s.sources("01-alpha")).singleElement().extracting(Source::label).isEqualTo("01-alpha.jsh");
        assertThat(details(s, Finding.Kind.NOTE)).anySatisfy(d -> assertThat(d).contains("changed after workbook submit"));
    }

    @Test
    void theContentHashChangesWithTheContentAndNotWithTheFolder() {
        write(tmp.resolve("a/ivy/01-alpha.jsh"), "// grade: pass");
        write(tmp.resolve("b/ivy/01-alpha.jsh"), "// grade: pass");
        write(tmp.resolve("c/ivy/01-alpha.jsh"), "// grade: fail 1");
        String a = open(tmp.resolve("a/ivy")).contentHash();
        assertThat(intake.open(tmp.resolve("b/ivy"), tmp.resolve("w2")).contentHash()).isEqualTo(a);
        assertThat(intake.open(tmp.resolve("c/ivy"), tmp.resolve("w3")).contentHash()).isNotEqualTo(a);
    }
}
