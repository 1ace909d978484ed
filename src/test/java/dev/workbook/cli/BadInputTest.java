package dev.workbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testing.CliRun;
import dev.workbook.testing.JavaProcess;
import dev.workbook.testing.TestHomes;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Bad input gives one clear message, a non-zero exit and no stack trace")
class BadInputTest {

    static void assertClearError(CliRun r, int code, String... fragments) {
        assertThat(r.exitCode()).as("exit code of:%n%s", r).isEqualTo(code);
        assertThat(r.err()).as("message").contains(fragments).contains("next:");
        assertThat(r.err()).as("no stack trace without --stacktrace").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("an unknown provider names the value and the three known providers")
    void unknownProvider() {
        CliRun r = CliRun.run(TestHomes.fresh("badprov"), "db", "start", "--provider", "mysqlite");
        assertClearError(r, 2, "unknown provider 'mysqlite'", "embedded", "docker", "server");
    }

    @Test
    @DisplayName("an unknown provider in the environment is reported with the variable's name")
    void unknownProviderFromEnvironment() {
        Path home = TestHomes.fresh("badprovenv");
        Map<String, String> env = TestHomes.env(home);
        env.put("WORKBOOK_PROVIDER", "h2");
        CliRun r = CliRun.run(env, "", "db", "status");
        assertClearError(r, 2, "WORKBOOK_PROVIDER", "'h2'");
    }

    @Test
    @DisplayName("a malformed config file is named with its line and key, and left untouched")
    void malformedConfigFile() throws Exception {
        Path home = TestHomes.fresh("badconfig");
        String text = "# my settings\nprovider = server\ndb.port = three-three-o-six\n";
        Files.writeString(home.resolve("config.properties"), text);
        CliRun r = CliRun.run(home, "db", "status");
        assertClearError(r, 2, "config.properties:3", "db.port", "three-three-o-six");
        assertThat(Files.readString(home.resolve("config.properties"))).as("nothing stored is changed").isEqualTo(text);

        Files.writeString(home.resolve("config.properties"), "provider = server\ndb.hots = example\n");
        assertClearError(CliRun.run(home, "db", "status"), 2, "config.properties:2", "db.hots", "db.host");

        Files.writeString(home.resolve("config.properties"), "provider server\n");
        assertClearError(CliRun.run(home, "db", "status"), 2, "config.properties:1", "key = value");
    }

    @Test
    @DisplayName("a port already in use is refused with the port and how to find its owner")
    void portInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            CliRun r = CliRun.run(TestHomes.fresh("port"), "db", "start", "--port", Integer.toString(port));
            assertClearError(r, 2, "port in use", "127.0.0.1:" + port, "--port 0");
        }
    }

    @Test
    @DisplayName("an unwritable data directory is refused with the path and how to fix it")
    void unwritableDataDirectory() throws Exception {
        Path home = TestHomes.fresh("unwritable");
        Path file = Files.writeString(home.resolve("not-a-directory"), "a file, so nothing can be created below it");
        CliRun r = CliRun.run(home, "db", "start", "--data-dir", file.resolve("data").toString());
        assertClearError(r, 2, "not writable", file.toString(), "--data-dir");
        assertThat(Files.readString(file)).as("the file is untouched").startsWith("a file");
    }

    @Test
    @DisplayName("an unreachable server names host and port and points to the doctor")
    void serverUnreachable() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort(); // closed again: nothing listens there now
        }
        Path home = TestHomes.fresh("unreachable");
        Map<String, String> env = TestHomes.env(home);
        env.put("WORKBOOK_DB_PASSWORD", "secret-pw-123");
        CliRun r = CliRun.run(env, "", "sql", "--provider", "server", "--host", "127.0.0.1", "--port",
                Integer.toString(port), "SELECT 1");
        assertClearError(r, 3, "server unreachable", "127.0.0.1:" + port, "workbook doctor");
        assertThat(r.err()).as("the password is never printed").doesNotContain("secret-pw-123");
    }

    @Test
    @DisplayName("Docker missing gives a message naming the embedded and server providers")
    void dockerMissing() throws Exception {
        Path home = TestHomes.fresh("nodocker");
        Map<String, String> env = TestHomes.env(home);
        // DOCKER_HOST names the engine to use; point it at nothing, as on a machine whose Docker is stopped.
        env.put("DOCKER_HOST", "unix://" + home.resolve("no-docker.sock"));
        JavaProcess.Result r = JavaProcess.run(env, home.resolve("out.txt"), "db", "start", "--provider", "docker");
        assertThat(r.exitCode()).as(r.output()).isEqualTo(3);
        assertThat(r.output()).contains("Docker is not available", "--provider embedded", "--provider server")
                .doesNotContain("\tat ");
    }

    @Test
    @DisplayName("unknown options and commands exit with 2, keep picocli's \"did you mean\" and point to --help")
    void unknownOption() {
        Path home = TestHomes.fresh("opt");
        CliRun r = CliRun.run(home, "db", "strat");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("'strat'", "Did you mean", "db start", "next: workbook db --help");
        assertThat(CliRun.run(home, "doctr").err()).contains("Did you mean: workbook doctor?");
        assertThat(CliRun.run(home, "doctor", "--jsn").err()).contains("Unknown option: '--jsn'", "--json");
    }

    @Test
    @DisplayName("a bad --user or --port is reported under the flag the user typed, not the config key behind it")
    void badFlagNamesTheFlag() {
        Path home = TestHomes.fresh("badflags");
        CliRun user = CliRun.run(home, "sql", "--user", "bad user", "SELECT 1");
        assertClearError(user, 2, "invalid --user: 'bad user' must be 1-64 letters", "next: correct --user");
        assertThat(user.err()).doesNotContain("db.user");
        CliRun port = CliRun.run(home, "db", "start", "--port", "99999");
        assertClearError(port, 2, "invalid --port: 99999 is outside 0-65535", "next: correct --port");
        assertThat(port.err()).doesNotContain("embedded.port");
        CliRun serverPort = CliRun.run(home, "sql", "--provider", "server", "--port", "99999", "SELECT 1");
        assertClearError(serverPort, 2, "invalid --port: 99999 is outside 1-65535");
        assertThat(serverPort.err()).doesNotContain("db.port");
    }

    @Test
    @DisplayName("--stacktrace shows the stack trace that is otherwise hidden")
    void stacktraceOnRequest() {
        CliRun r = CliRun.run(TestHomes.fresh("trace"), "db", "start", "--provider", "nope", "--stacktrace");
        assertThat(r.exitCode()).isEqualTo(2);
    }
}
