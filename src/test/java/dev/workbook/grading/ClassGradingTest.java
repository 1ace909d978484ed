package dev.workbook.grading;

import static dev.workbook.grading.ClassFixture.part;
import static dev.workbook.grading.ClassFixture.reference;
import static dev.workbook.grading.ClassFixture.solvedNotebook;
import static dev.workbook.grading.ClassFixture.stub;
import static dev.workbook.grading.ClassFixture.withPart;
import static dev.workbook.grading.GradingFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.db.DbTarget;
import dev.workbook.grading.ExerciseGrade.Status;
import dev.workbook.grading.GradingFixtures.Zip;
import dev.workbook.grading.intake.IntakeLimits;
import dev.workbook.grading.report.OutLayout;
import dev.workbook.grading.run.CheckerGrader;
import dev.workbook.grading.run.GradingRun;
import dev.workbook.grading.run.Progress;
import dev.workbook.grading.run.StudentLimits;
import dev.workbook.grading.shard.Shard;
import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A class of 18 submissions, honest and hostile, graded for real: the shared embedded server, the exercise checker, one
 * student JVM per submission. Each submission's grade and reason are asserted, the honest ones are unaffected by the
 * hostile ones, and nothing outside the run's databases and the output folder changed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassGradingTest {
    static final String OLDER = "05-older-than-21";
    static final String PETS = "01-pet-table";

    Path in;
    Path out;
    Map<String, SubmissionGrade> grades = new TreeMap<>();
    Snapshot before;
    Snapshot after;
    String containment;

    @BeforeAll
    void gradeTheClass() throws Exception {
        DbTarget server = SharedServer.target();
        Path root = TestHomes.fresh("class-grading");
        in = root.resolve("submissions");
        out = root.resolve("graded");
        Path canary = write(root.resolve("canary.txt"), "the instructor's file");
        makeClass(root);
        before = Snapshot.take(server, List.of(in, canary, ClassFixture.project().resolve("src/main/java/dev/workbook/exercises/checks"),
                ClassFixture.project().resolve("notebooks")));
        GradingRun.run(new GradingRun.Options(in, out, 2, Shard.ALL, true, true, IntakeLimits.DEFAULT),
                CheckerGrader.create(server, new StudentLimits(20, 512, "auto")), Progress.silent());
        after = Snapshot.take(server, List.of(in, canary, ClassFixture.project().resolve("src/main/java/dev/workbook/exercises/checks"),
                ClassFixture.project().resolve("notebooks")));
        new OutLayout(out).readGrades().forEach(g -> grades.put(g.submission(), g));
        containment = grades.get("s01-correct").run().containment();
    }

    private void makeClass(Path root) throws Exception {
        String older = stub(OLDER);
        String refOlder = reference(OLDER);
        write(in.resolve("s01-correct/05-older-than-21.jsh"), refOlder);
        write(in.resolve("s01-correct/01-pet-table.jsh"), reference(PETS));
        write(in.resolve("s02-partly/05-older-than-21.jsh"), withPart(withPart(older, 1, part(refOlder, 1)), 2, """
                List<Student> olderCriteria() {
                    return sf.fromSession(s -> s.createSelectionQuery("from Student where age > 21 order by age desc", Student.class)
                            .getResultList());
                }
                """));
        write(in.resolve("s03-compile-error/05-older-than-21.jsh"), withPart(older, 1, "List<Student> olderHql() {\n    return ;\n}\n"));
        write(in.resolve("s04-exception/05-older-than-21.jsh"), withPart(older, 1,
                "List<Student> olderHql() {\n    throw new IllegalStateException(\"boom from the student\");\n}\n"));
        write(in.resolve("s05-endless/05-older-than-21.jsh"), withPart(older, 1, """
                List<Student> olderHql() {
                    while (true) {
                        try { Thread.sleep(1); } catch (Throwable t) { }
                    }
                }
                """));
        write(in.resolve("s06-exit/05-older-than-21.jsh"), withPart(older, 1, "List<Student> olderHql() {\n    System.exit(0);\n    return List.of();\n}\n"));
        write(in.resolve("s07-drop-others/01-pet-table.jsh"), withPart(stub(PETS), 1, """
                void createPets() {
                    try (var c = Workbook.connect(); var st = c.createStatement()) {
                        for (String db : java.util.List.of("workbook", "mysql", "grading_victim")) {
                            try { st.execute("DROP DATABASE `" + db + "`"); System.out.println("DROPPED " + db); }
                            catch (Exception e) { System.out.println("could not drop " + db + ": " + e.getMessage()); }
                        }
                        var rs = st.executeQuery("SHOW DATABASES");
                        while (rs.next()) { System.out.println("sees " + rs.getString(1)); }
                    } catch (Exception e) { throw new RuntimeException(e); }
                }
                """));
        write(in.resolve("s08-read-checks/01-pet-table.jsh"), withPart(reference(PETS), 1, """
                void createPets() {
                    for (String f : java.util.List.of("%s", "%s", "/etc/shadow")) {
                        try { System.out.println("READ " + java.nio.file.Files.readString(java.nio.file.Path.of(f)).length()); }
                        catch (Exception e) { System.out.println("cannot read " + f + ": " + e); }
                    }
                %s}
                """.formatted(ClassFixture.project().resolve("src/main/java/dev/workbook/exercises/checks/PetTableCheck.java"),
                root.resolve("canary.txt"), part(reference(PETS), 1).replaceFirst("(?s)^void createPets\\(\\) \\{", "")
                        .replaceFirst("(?s)\\}\\s*$", ""))));
        write(in.resolve("s09-huge-output/05-older-than-21.jsh"), withPart(older, 1, """
                List<Student> olderHql() {
                    String line = "x".repeat(1000);
                    for (int i = 0; i < 50_000; i++) System.out.println(line);
                    return List.of();
                }
                """));
        try (Zip z = new Zip(in.resolve("s10-tampered.zip"))) {
            z.file("src/test/java/dev/workbook/exercises/checks/OlderThan21Check.java",
                            "package dev.workbook.exercises.checks; class OlderThan21Check { /* every check passes */ }")
                    .file("exercises/05-older-than-21.jsh", withDriver(withPart(older, 1,
                            "class OlderThan21Check { }\nList<Student> olderHql() { return List.of(); }\n"),
                            "System.out.println(\"✓ all checks passed\");\n"))
                    .file("notebooks/01-getting-a-server.ipynb", ClassFixture.withCheckCell(solvedNotebook("01-getting-a-server", PETS), PETS,
                            "Exercises.check(\"01-pet-table\", () -> { });"));
        }
        write(in.resolve("s11-bad-notebook/notebooks/05-querying.ipynb"), "{\"cells\": [ this is not json");
        try (Zip z = new Zip(in.resolve("s12-zip-slip.zip"))) {
            z.file("../../../escaped-by-zip.jsh", "x").file("/tmp/grading-abs-escape.jsh", "x").file("exercises/01-pet-table.jsh", reference(PETS));
        }
        try (Zip z = new Zip(in.resolve("s13-zip-bomb.zip"))) {
            z.file("exercises/01-pet-table.jsh", reference(PETS)).zeros("exercises/05-older-than-21.jsh", 256L << 20);
        }
        String dup = "{\"format\": 1, \"kind\": \"workbook-submission\", \"student\": \"dup\", \"files\": []}";
        try (Zip z = new Zip(in.resolve("s14-dup-notebook.zip"))) {
            z.file("workbook-submission.json", dup).file("notebooks/05-querying.ipynb", solvedNotebook("05-querying", OLDER));
        }
        try (Zip z = new Zip(in.resolve("s15-dup-script.zip"))) {
            z.file("workbook-submission.json", dup).file("exercises/01-pet-table.jsh", reference(PETS));
        }
        Files.createDirectories(in.resolve("s16-empty"));
        write(in.resolve("s17-untouched/05-older-than-21.jsh"), older);
        write(in.resolve("s18-typed-answers/05-older-than-21.jsh"), withPart(withPart(older, 1, """
                List<Student> olderHql() {
                    return sf.fromSession(s -> s.createSelectionQuery("from Student where email in ('carlwhite@example.com', "
                            + "'jd@example.com', 'ana@example.com') order by age", Student.class).getResultList());
                }
                """), 2, part(refOlder, 2)));
    }

    /** The script with its check code (after the last part) replaced. */
    private static String withDriver(String script, String driver) {
        int end = script.lastIndexOf("// <<< end of part");
        int eol = script.indexOf('\n', end);
        return script.substring(0, eol + 1) + driver;
    }

    private SubmissionGrade g(String name) {
        assertThat(grades).containsKey(name);
        return grades.get(name);
    }

    private ExerciseGrade e(String name, String exercise) {
        return g(name).exercise(exercise);
    }

    @Test
    void theClassHasAtLeastFifteenSubmissionsAllGraded() {
        assertThat(grades).hasSize(18);
        assertThat(containment).isNotBlank();
        int exercises = dev.workbook.exercises.ExerciseManifest.load().all().size();   // every exercise of the manifest
        assertThat(grades.values()).allSatisfy(x -> assertThat(x.exercises()).hasSize(exercises));
    }

    @Test
    void correctWorkGetsFullMarksAndPartlyCorrectWorkGetsPartialCredit() {
        assertThat(e("s01-correct", OLDER).status()).isEqualTo(Status.PASS);
        assertThat(e("s01-correct", OLDER).points()).isEqualTo(e("s01-correct", OLDER).maxPoints()).isPositive();
        assertThat(e("s01-correct", PETS).status()).isEqualTo(Status.PASS);
        ExerciseGrade partly = e("s02-partly", OLDER);
        assertThat(partly.status()).isEqualTo(Status.FAIL);
        assertThat(partly.points()).isPositive().isLessThan(partly.maxPoints());
        assertThat(partly.checks()).anySatisfy(c -> assertThat(c.passed()).isFalse());
    }

    @Test
    void codeThatDoesNotCompleteScoresWithItsReason() {
        assertThat(e("s03-compile-error", OLDER)).satisfies(x -> {
            assertThat(x.status()).isEqualTo(Status.ERROR);
            assertThat(x.reason()).containsIgnoringCase("line");
        });
        assertThat(e("s04-exception", OLDER).reason()).contains("boom from the student");
        assertThat(e("s05-endless", OLDER)).satisfies(x -> {
            assertThat(x.ending()).isEqualTo("TIMED_OUT");
            assertThat(x.reason()).isNotBlank();
        });
        assertThat(e("s06-exit", OLDER).ending()).isEqualTo("EXITED");
        assertThat(e("s06-exit", OLDER).points()).isLessThan(e("s06-exit", OLDER).maxPoints());
        assertThat(e("s09-huge-output", OLDER).ending()).isEqualTo("OUTPUT_LIMIT");
        assertThat(e("s09-huge-output", OLDER).output().length()).isLessThan(5 << 20);
    }

    @Test
    void hostileCodeReachesNothingOfOthers() {
        String dropOutput = e("s07-drop-others", PETS).output();
        assertThat(dropOutput).contains("could not drop workbook").doesNotContain("DROPPED workbook").doesNotContain("DROPPED mysql")
                .doesNotContain("sees workbook").doesNotContain("sees mysql");
        assertThat(e("s07-drop-others", PETS).status()).isNotEqualTo(Status.PASS);
        ExerciseGrade reader = e("s08-read-checks", PETS);
        assertThat(reader.status()).as("reading files gains nothing, the pets are still checked").isEqualTo(Status.PASS);
        if (containment.startsWith("bubblewrap")) {
            assertThat(reader.output()).contains("cannot read " + ClassFixture.project()).doesNotContain("READ ");
        }
        assertThat(after).as("databases, accounts and files outside the run's own").isEqualTo(before);
        assertThat(Path.of("/tmp/grading-abs-escape.jsh")).doesNotExist();
        assertThat(out.resolve(".grading/work")).isEmptyDirectory();
    }

    @Test
    void tamperingGainsNothingAndIsReported() {
        SubmissionGrade t = g("s10-tampered");
        assertThat(t.exercise(OLDER).status()).isNotEqualTo(Status.PASS);
        assertThat(t.findings()).filteredOn(f -> f.kind() == Finding.Kind.TAMPERING).extracting(Finding::describe)
                .anySatisfy(d -> assertThat(d).contains("OlderThan21Check.java"))
                .anySatisfy(d -> assertThat(d).contains("named like the checker's (OlderThan21Check)"))
                .anySatisfy(d -> assertThat(d).contains("05-older-than-21.jsh", "check's code after the last part was changed"))
                .anySatisfy(d -> assertThat(d).contains("01-getting-a-server.ipynb", "the check cell was changed"));
        // The edited check cell changes nothing: the instructor's check ran on the solved cells.
        assertThat(t.exercise(PETS).status()).isEqualTo(Status.PASS);
    }

    @Test
    void badInputIsRecordedWithItsReasonAndGradingGoesOn() {
        assertThat(e("s11-bad-notebook", OLDER)).satisfies(x -> {
            assertThat(x.status()).isEqualTo(Status.ERROR);
            assertThat(x.reason()).contains("not valid JSON");
        });
        SubmissionGrade slip = g("s12-zip-slip");
        assertThat(slip.exercise(PETS).status()).isEqualTo(Status.PASS);
        assertThat(slip.findings()).extracting(Finding::describe).anySatisfy(d -> assertThat(d).contains("climbs out"))
                .anySatisfy(d -> assertThat(d).contains("absolute path"));
        assertThat(g("s13-zip-bomb").rejected()).isTrue();
        assertThat(g("s13-zip-bomb").reason()).contains("zip bomb");
        assertThat(g("s16-empty").reason()).contains("empty");
        assertThat(e("s17-untouched", OLDER).status()).isEqualTo(Status.MISSING);
    }

    @Test
    void answersTypedByHandFailOnTheHiddenData() {
        ExerciseGrade typed = e("s18-typed-answers", OLDER);
        assertThat(typed.status()).isEqualTo(Status.FAIL);
        assertThat(typed.checks()).anySatisfy(c -> assertThat(c.message()).containsIgnoringCase("query"));
    }

    @Test
    void aNotebookAndAScriptOfOneStudentBothCountInTheGradebook() throws Exception {
        assertThat(e("s14-dup-notebook", OLDER).status()).isEqualTo(Status.PASS);
        assertThat(e("s14-dup-notebook", OLDER).source()).contains("05-querying.ipynb");
        assertThat(e("s15-dup-script", PETS).status()).isEqualTo(Status.PASS);
        String row = Files.readAllLines(out.resolve("gradebook.csv")).stream().filter(l -> l.startsWith("dup,")).findFirst().orElseThrow();
        double full = e("s01-correct", OLDER).maxPoints() + e("s01-correct", PETS).maxPoints();
        assertThat(row).contains(dev.workbook.grading.Points.format(full) + ",").contains("student id in 2 submissions");
        assertThat(Files.readString(out.resolve("report.html"))).contains("DUPLICATE STUDENT ID");
    }

    @Test
    void theHonestSubmissionIsUnaffectedByTheHostileOnes() {
        // Graded alone, the correct submission gets exactly what it got among the hostile ones.
        Path alone = TestHomes.fresh("class-alone").resolve("submissions");
        try {
            Files.createDirectories(alone);
            Files.copy(in.resolve("s01-correct"), alone.resolve("s01-correct"));
            write(alone.resolve("s01-correct/05-older-than-21.jsh"), reference(OLDER));
            write(alone.resolve("s01-correct/01-pet-table.jsh"), reference(PETS));
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        Path o = alone.resolveSibling("graded");
        GradingRun.run(new GradingRun.Options(alone, o, 1, Shard.ALL, true, false, IntakeLimits.DEFAULT),
                CheckerGrader.create(SharedServer.target(), new StudentLimits(20, 512, "auto")), Progress.silent());
        SubmissionGrade single = new OutLayout(o).readGrade("s01-correct").orElseThrow();
        assertThat(single.points()).isEqualTo(g("s01-correct").points());
        assertThat(single.exercises()).extracting(ExerciseGrade::status)
                .isEqualTo(g("s01-correct").exercises().stream().map(ExerciseGrade::status).toList());
    }

    /** What must not change: the server's databases and accounts, and files outside the output folder. */
    record Snapshot(List<String> databases, List<String> accounts, Map<String, String> files) {
        static Snapshot take(DbTarget server, List<Path> roots) throws Exception {
            List<String> dbs = new ArrayList<>();
            List<String> users = new ArrayList<>();
            try (Connection c = server.adminDataSource().orElseThrow().getConnection(); Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SHOW DATABASES")) {
                    while (rs.next()) {
                        dbs.add(rs.getString(1));
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT CONCAT(User, '@', Host) FROM mysql.user ORDER BY 1")) {
                    while (rs.next()) {
                        users.add(rs.getString(1));
                    }
                }
            }
            Map<String, String> files = new TreeMap<>();
            for (Path r : roots) {
                try (Stream<Path> s = Files.walk(r)) {
                    for (Path f : s.filter(Files::isRegularFile).toList()) {
                        files.put(f.toString(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
                    }
                }
            }
            dbs.sort(null);
            return new Snapshot(dbs, users, files);
        }
    }
}
