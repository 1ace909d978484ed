package dev.workbook.doctor.probes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("systemd service state")
class ServiceStateTest {

    @Test
    @DisplayName("systemctl is-active's one state per unit is read in unit order")
    void parsesStatesInOrder() {
        assertThat(ServiceState.parse("inactive\nfailed\ninactive\n"))
                .containsEntry("mysql", "inactive").containsEntry("mariadb", "failed").containsEntry("mysqld", "inactive");
    }

    @Test
    @DisplayName("without systemd (containers, WSL, macOS, Windows) it reports nothing rather than guessing")
    void silentWithoutSystemd() {
        org.junit.jupiter.api.Assumptions.assumeFalse(java.nio.file.Files.isDirectory(java.nio.file.Path.of("/run/systemd/system")),
                "systemd runs here");
        assertThat(ServiceState.query(2000)).isEmpty();
    }
}
