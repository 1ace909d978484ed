package dev.workbook.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testing.SharedServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One exercise's checks the Maven way (what bench/exercises.sh times next to `workbook check ID`): its reference through the
 * checker, in a student JVM, on the shared server. WORKBOOK_BENCH_EXERCISE picks the exercise (default 05-older-than-21).
 */
class OneExerciseCheckTest {
    @Test
    @DisplayName("one exercise's reference passes its checks (the Maven route to the same checks as workbook check ID)")
    void referencePasses() {
        Exercise e = ExerciseManifest.load().find(System.getenv().getOrDefault("WORKBOOK_BENCH_EXERCISE", "05-older-than-21"));
        try (ExerciseChecker checker = new ExerciseChecker(SharedServer.target())) {
            ExerciseResult r = checker.check(e, ExerciseFiles.reference(e));
            assertThat(r.passed()).as(() -> Reports.full(r)).isTrue();
        }
    }
}
