package dev.workbook.chapters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.Workbook;
import dev.workbook.config.ProviderKind;
import dev.workbook.db.DbTarget;
import dev.workbook.db.docker.DockerTestSupport;
import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The tour on the docker provider: every chapter, in order, through the same JShell runner as `workbook tour`,
 * on a server in a container started by the docker provider, each reaching its end state.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("docker provider: every chapter in order reaches its end state on a container")
class DockerChapterTourTest {
    private final Path home = TestHomes.fresh("docker-tour");
    private DbTarget target;

    @BeforeAll
    void startContainer() {
        DockerTestSupport.requireDockerAndImage();
        target = DockerTestSupport.provider(home).start();
        Workbook.use(target);
    }

    @Test
    @DisplayName("the chapters run in order on the docker server and leave their end states")
    void tourOnDocker() throws Exception {
        ChapterCatalog catalog = ChapterCatalog.load();
        assertThat(catalog.all()).isNotEmpty();
        assertThat(Workbook.target().provider()).as("the chapters' Workbook facade points at the container")
                .isEqualTo(ProviderKind.DOCKER);
        for (Chapter c : catalog.all()) {
            ByteArrayOutputStream transcript = new ByteArrayOutputStream();
            ChapterResult r = new ChapterRunner(catalog, new PrintStream(transcript, true, StandardCharsets.UTF_8)).run(c);
            String text = transcript.toString(StandardCharsets.UTF_8);
            assertThat(r.failure()).as(() -> "chapter " + c.id() + " failed on docker:\n" + r.failure().render()
                    + "\ntranscript:\n" + text).isNull();
            try (Connection conn = target.dataSource(target.database(), target.admin()).getConnection()) {
                assertThat(EndState.of(c).mismatches(conn)).as(() -> "database after " + c.id() + "; transcript:\n" + text)
                        .isEmpty();
            }
        }
    }

    @AfterAll
    void stopContainer() {
        if (target != null) {
            // Later tests expect the facade on the shared embedded server, as SharedServer left it.
            Workbook.use(SharedServer.target());
        }
        assertThat(DockerTestSupport.tearDown(home)).as("db stop removed the container").isEmpty();
    }
}
