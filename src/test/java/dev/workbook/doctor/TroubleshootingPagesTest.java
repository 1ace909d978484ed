package dev.workbook.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testing.TestHomes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The doctor, the index and the pages in troubleshooting/ stay in sync. */
@DisplayName("troubleshooting pages and the doctor's catalogue agree")
class TroubleshootingPagesTest {
    private static final Path PROJECT = Path.of(System.getProperty("workbook.project.dir", ".")).toAbsolutePath();
    private static final Path DIR = PROJECT.resolve("troubleshooting");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+\\.md)\\)");

    @Test
    @DisplayName("every doctor finding links to a page that exists and opens with the condition's exact error text")
    void everyConditionHasItsPage() throws IOException {
        for (Condition c : Condition.values()) {
            Path page = DIR.resolve(c.page());
            assertThat(page).as("%s links to %s", c, c.help()).exists();
            assertThat(firstCodeBlock(Files.readString(page))).as("%s opens with its exact error text", c.page())
                    .contains(c.errorText());
        }
    }

    @Test
    @DisplayName("every page is reachable from the doctor or from the index, and every index link resolves")
    void everyPageIsReachable() throws IOException {
        Set<String> reachable = new TreeSet<>();
        for (Condition c : Condition.values()) {
            reachable.add(c.page());
        }
        String index = Files.readString(DIR.resolve("README.md"));
        Matcher m = LINK.matcher(index);
        while (m.find()) {
            assertThat(DIR.resolve(m.group(1))).as("index link %s", m.group(1)).exists();
            reachable.add(m.group(1));
        }
        for (Path p : pages()) {
            assertThat(reachable).as("%s is linked from the doctor's catalogue or troubleshooting/README.md", p.getFileName())
                    .contains(p.getFileName().toString());
        }
    }

    @Test
    @DisplayName("links between pages and to setup/ resolve")
    void linksResolve() throws IOException {
        for (Path p : pages()) {
            Matcher m = LINK.matcher(Files.readString(p));
            while (m.find()) {
                if (!m.group(1).startsWith("http")) {
                    assertThat(p.getParent().resolve(m.group(1)).normalize()).as("link %s in %s", m.group(1), p.getFileName()).exists();
                }
            }
        }
    }

    @Test
    @DisplayName("every troubleshooting/ page the code names (errors, fixes) exists")
    void pagesNamedInCodeExist() throws IOException {
        Pattern ref = Pattern.compile("troubleshooting/([A-Za-z0-9._-]+\\.md)");
        try (Stream<Path> files = Files.walk(PROJECT.resolve("src/main"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Matcher m = ref.matcher(Files.readString(f));
                while (m.find()) {
                    assertThat(DIR.resolve(m.group(1))).as("%s names %s", PROJECT.relativize(f), m.group()).exists();
                }
            }
        }
    }

    @Test
    @DisplayName("./workbook commands the pages tell users to run exist, and --explain examples land on their own page")
    void commandsInPagesWork() throws IOException {
        Pattern cmd = Pattern.compile("\\./workbook ([a-z]+)(?: ([a-z]+))?");
        Pattern explain = Pattern.compile("\\./workbook doctor --explain \"([^\"<]+)\"");
        Path home = TestHomes.fresh("pages");
        for (Path p : pages()) {
            String text = Files.readString(p);
            Matcher m = cmd.matcher(text);
            while (m.find()) {
                List<String> args = new ArrayList<>(List.of(m.group(1)));
                if (m.group(1).equals("db") && m.group(2) != null) {
                    args.add(m.group(2));
                }
                args.add("--help");
                DoctorRun r = runWorkbook(home, args);
                assertThat(r.exit()).as("%s: ./workbook %s", p.getFileName(), String.join(" ", args)).isZero();
            }
            Matcher e = explain.matcher(text);
            while (e.find()) {
                assertThat(ErrorClassifier.classify(e.group(1)).map(Condition::page))
                        .as("%s: --explain \"%s\"", p.getFileName(), e.group(1)).contains(p.getFileName().toString());
            }
        }
    }

    private static DoctorRun runWorkbook(Path home, List<String> args) {
        java.io.StringWriter out = new java.io.StringWriter();
        int code = dev.workbook.cli.WorkbookCli.run(new dev.workbook.cli.CliContext(TestHomes.env(home),
                new java.io.ByteArrayInputStream(new byte[0]), new java.io.PrintWriter(out), new java.io.PrintWriter(out)),
                args.toArray(String[]::new));
        return new DoctorRun(code, out.toString(), "", 0);
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
    }

    private static String firstCodeBlock(String md) {
        int start = md.indexOf("```");
        int bodyStart = md.indexOf('\n', start) + 1;
        int end = md.indexOf("```", bodyStart);
        return start < 0 || end < 0 ? "" : md.substring(bodyStart, end);
    }
}
