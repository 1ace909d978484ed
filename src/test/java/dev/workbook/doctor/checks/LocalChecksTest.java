package dev.workbook.doctor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.db.ServerVersion;
import dev.workbook.doctor.catalogue.FixContext;
import dev.workbook.doctor.catalogue.Platform;
import dev.workbook.doctor.reports.Finding;
import dev.workbook.doctor.reports.Status;
import dev.workbook.errors.KnownError;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A system server's socket matters only to a workbook that uses that server. */
class LocalChecksTest {
    private static final Path GONE = Path.of("/nonexistent-run-mysqld-for-test/mysqld.sock");
    private static final LocalChecks.Facts INSTALLED_NOT_RUNNING = new LocalChecks.Facts(true, true, false, false);
    private static final FixContext X = new FixContext(ServerVersion.hint("mariadb 10.11"), Platform.DEBIAN, "workbook",
            "127.0.0.1", 3306, "workbook", "~/.workbook/config.properties");

    private static Finding socket(boolean explicit, boolean workbookUsesThisServer) {
        DoctorPlan plan = new DoctorPlan("test", null, null, workbookUsesThisServer, null, Platform.DEBIAN, List.of(GONE),
                explicit, List.of(), false, true, 3306, 500, ServerVersion.UNKNOWN, "~/.workbook/config.properties", List.of());
        List<Finding> found = LocalChecks.sockets(plan, INSTALLED_NOT_RUNNING, X);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    @DisplayName("embedded provider, a stopped system server without /run/mysqld: information, not a warning")
    void unusedServerIsInformation() {
        Finding f = socket(false, false);
        assertThat(f.status()).isEqualTo(Status.INFO);
        assertThat(f.found()).contains("does not exist", "does not use this machine's server");
        assertThat(f.condition()).as("the fix stays, for whoever wants that server").isEqualTo(KnownError.SOCKET_DIR_MISSING);
    }

    @Test
    @DisplayName("the same socket is a warning when the workbook uses this machine's server, a failure when named")
    void usedOrNamedServerIsAProblem() {
        assertThat(socket(false, true).status()).isEqualTo(Status.WARNING);
        assertThat(socket(true, false).status()).isEqualTo(Status.FAILURE);
    }
}
