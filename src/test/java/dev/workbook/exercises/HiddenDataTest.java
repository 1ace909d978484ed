package dev.workbook.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.chapters.ChapterCatalog;
import dev.workbook.chapters.ExerciseJsh;
import dev.workbook.chapters.ExerciseSource;
import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * No hard-coded answers: solutions that give the right answer for the chapter's data without computing it pass on the
 * visible data and fail on the hidden variant, with a message saying the answer must come from the query; a query that
 * never ran is reported as not run, not as a wrong answer.
 */
class HiddenDataTest {
    private static final ExerciseChecker CHECKER = new ExerciseChecker(SharedServer.target());

    @AfterAll
    static void close() {
        CHECKER.close();
    }

    private static ExerciseResult check(String id, List<String> replacements) throws Exception {
        Exercise ex = ExerciseManifest.load().find(id);
        ExerciseSource src = ChapterCatalog.load().exercise(ex.id()).orElseThrow();
        List<String> parts = new ArrayList<>();
        SolutionReader.fromScript(ex.id(), src.partCount(), ExerciseFiles.reference(ex)).parts().forEach(p -> parts.add(p.code()));
        for (int i = 0; i < replacements.size(); i++) {
            if (replacements.get(i) != null) {
                parts.set(i, replacements.get(i));
            }
        }
        Path file = TestHomes.fresh("hidden").resolve(ex.fileName());
        Files.writeString(file, ExerciseJsh.write(src, parts));
        return CHECKER.check(ex, file);
    }

    @Test
    @DisplayName("exercise 05 with the chapter's answer typed in: passes on the chapter's students, fails on the hidden ones")
    void typedInAnswer() throws Exception {
        String typedIn = "List<Student> olderHql() {\n    return sf.fromSession(s -> s.createSelectionQuery(\"from Student where email in"
                + " ('carlwhite@example.com', 'jd@example.com', 'ana@example.com') order by age\", Student.class).getResultList());\n}";
        ExerciseResult r = check("05-older-than-21", java.util.Arrays.asList(typedIn, null));
        CheckOutcome hql = r.checks().stream().filter(c -> c.method().equals("hql")).findFirst().orElseThrow();
        assertThat(hql.passed()).as(() -> Reports.full(r)).isFalse();
        assertThat(hql.failedOnHiddenData()).isTrue();
        assertThat(hql.message()).contains("passed on the chapter's data but failed on a second set of data")
                .contains("must come from your code's query");
        assertThat(r.checks().stream().filter(c -> c.method().equals("criteria"))).allSatisfy(c -> assertThat(c.passed()).isTrue());
        assertThat(r.hiddenSeed()).isNotZero();
    }

    @Test
    @DisplayName("exercise 11: when tagging Ada's posts fails, tagsOf never ran, and the check says so instead of judging the database")
    void queryNeverRan() throws Exception {
        ExerciseResult r = check("11-tag-hibernate", java.util.Arrays.asList(
                "void tagAdasPosts() {\n    throw new IllegalStateException(\"not yet\");\n}", null));
        CheckOutcome tags = r.checks().stream().filter(c -> c.method().equals("tagsOfAda")).findFirst().orElseThrow();
        assertThat(tags.passed()).isFalse();
        assertThat(tags.message()).as(() -> Reports.full(r)).contains("tagsOf(session, \"Ada\") never ran")
                .doesNotContain("expected:");
    }
}
