package dev.workbook.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WorkbookEnvTest {
    @Test
    @DisplayName("the kernel gets the home and non-secret WORKBOOK_* settings, never a password")
    void pinsSettingsButNotSecrets() {
        Map<String, String> env = Map.of("WORKBOOK_PROVIDER", "server", "WORKBOOK_DB_HOST", "db.local",
                "WORKBOOK_DB_PASSWORD", "s3cret", "WORKBOOK_REQUIRE_ALL", "1", "PATH", "/usr/bin");
        Map<String, String> pinned = WorkbookEnv.pinned(env, Path.of("/tmp/wb-home"));
        assertThat(pinned).containsEntry("WORKBOOK_HOME", Path.of("/tmp/wb-home").toAbsolutePath().toString())
                .containsEntry("WORKBOOK_PROVIDER", "server").containsEntry("WORKBOOK_DB_HOST", "db.local")
                .doesNotContainKeys("WORKBOOK_DB_PASSWORD", "WORKBOOK_REQUIRE_ALL", "PATH");
        assertThat(pinned.values()).doesNotContain("s3cret");
        assertThat(WorkbookEnv.secretsLeftOut(env)).containsExactly("WORKBOOK_DB_PASSWORD");
    }
}
