package dev.workbook.db.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testing.JavaProcess;
import dev.workbook.testing.TestHomes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Processes that start the embedded server at the same moment share one server")
class ConcurrentStartTest {
    private static final Pattern PORT = Pattern.compile("127\\.0\\.0\\.1:(\\d+)");
    Path home;

    @AfterEach
    void stop() {
        if (home != null) {
            new EmbeddedProvider(TestHomes.settings(home), m -> { }).stop();
        }
    }

    @Test
    @DisplayName("three CLI processes started together all succeed, on one server, and the data directory is sound")
    void threeProcessesOneServer() throws Exception {
        home = TestHomes.fresh("concurrent");
        Map<String, String> env = TestHomes.env(home);
        List<Process> processes = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path out = home.resolve("out-" + i + ".txt");
            outputs.add(out);
            processes.add(JavaProcess.start(env, out, "sql", "CREATE TABLE IF NOT EXISTS t (id INT PRIMARY KEY); "
                    + "INSERT INTO t VALUES (" + i + "); SELECT COUNT(*) AS n FROM t"));
        }
        List<String> ports = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            assertThat(processes.get(i).waitFor(3, TimeUnit.MINUTES)).as("process %d finished", i).isTrue();
            String text = Files.readString(outputs.get(i), StandardCharsets.UTF_8);
            assertThat(processes.get(i).exitValue()).as("process %d succeeded:%n%s", i, text).isZero();
        }
        EmbeddedProvider p = new EmbeddedProvider(TestHomes.settings(home), m -> { });
        long servers = ProcessHandle.allProcesses()
                .filter(h -> h.info().arguments().map(a -> String.join(" ", a)).orElse("")
                        .contains("--datadir=" + p.dataDir()))
                .count();
        assertThat(servers).as("exactly one mariadbd serves this data directory").isEqualTo(1);
        for (Path out : outputs) {
            Matcher m = PORT.matcher(Files.readString(out));
            if (m.find()) {
                ports.add(m.group(1));
            }
        }
        assertThat(ports).as("only one process started the server and reported its port").hasSizeLessThanOrEqualTo(1);
        try (var c = p.start().connect(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            assertThat(rs.getInt(1)).as("every process's insert is there").isEqualTo(3);
        }
        try (var c = p.start().adminDataSource().orElseThrow().getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("CHECK TABLE workbook.t")) {
            rs.next();
            assertThat(rs.getString("Msg_text")).as("no corruption").isEqualTo("OK");
        }
    }
}
