package dev.workbook.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testing.TestHomes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("doctor against a real MariaDB that refuses the client's host")
class DoctorHostTest {

    @Test
    @DisplayName("with skip-name-resolve and accounts only for 'localhost', 127.0.0.1 gets 1130 in place of the handshake")
    void hostNotAllowed() throws Exception {
        try (TestMariaDb server = TestMariaDb.create("host").start("--skip-name-resolve")) {
            DoctorRun r = DoctorRun.run(TestHomes.fresh("doctor-host"), "--no-local", "--host", "127.0.0.1",
                    "--port", "" + server.port(), "--user", "workbook", "--password=" + TestMariaDb.APP_PASSWORD,
                    "--database", "wbdb");
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.check("tcp")).as("read from the raw greeting, before any login:\n%s", r)
                    .contains("[XX]", "ERROR 1130", "Host '127.0.0.1' is not allowed to connect",
                            "CREATE USER 'workbook'@'<that address>'", "troubleshooting/1130-host-not-allowed.md");
            assertThat(r.check("login")).as("no login is tried after the server refused the host").isEmpty();
        }
    }
}
