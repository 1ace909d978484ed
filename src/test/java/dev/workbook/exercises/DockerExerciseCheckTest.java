package dev.workbook.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.Workbook;
import dev.workbook.chapters.ChapterCatalog;
import dev.workbook.config.ProviderKind;
import dev.workbook.db.DbTarget;
import dev.workbook.db.docker.DockerTestSupport;
import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * `workbook check` on the docker provider: the same checker, throwaway databases and checks, on a server in a container
 * the docker provider started. Skips without Docker (fails in CI, WORKBOOK_REQUIRE_ALL=1).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("docker provider: exercise checks run on a container")
class DockerExerciseCheckTest {
    private final Path home = TestHomes.fresh("docker-exercises");
    private DbTarget target;

    @BeforeAll
    void startContainer() {
        DockerTestSupport.requireDockerAndImage();
        target = DockerTestSupport.provider(home).start();
    }

    private ExerciseChecker checker;

    /** One student JVM for the class, as for one student's check --all. */
    private ExerciseResult check(Exercise e, Path script) {
        if (checker == null) {
            checker = new ExerciseChecker(target);
        }
        return checker.check(e, script);
    }

    private static String report(ExerciseResult r) {
        return Reports.full(r);
    }

    @Test
    @DisplayName("every reference solution passes its checks on the docker server, and the stub of the first one fails them")
    void referencesPassOnDocker() {
        assertThat(target.provider()).isEqualTo(ProviderKind.DOCKER);
        for (Exercise e : ExerciseManifest.load().all()) {
            ExerciseResult r = check(e, ExerciseFiles.reference(e));
            assertThat(r.passed()).as(() -> "on docker:\n" + report(r)).isTrue();
        }
        Exercise first = ExerciseManifest.load().all().get(0);
        ExerciseResult stub = check(first, ExerciseFiles.stub(first));
        assertThat(stub.passed()).as(() -> report(stub)).isFalse();
    }

    @AfterAll
    void stopContainer() {
        if (checker != null) {
            checker.close();
        }
        if (target != null) {
            // Later tests expect the facade on the shared embedded server, as SharedServer left it.
            Workbook.use(SharedServer.target());
        }
        assertThat(DockerTestSupport.tearDown(home)).as("db stop removed the container").isEmpty();
    }
}
