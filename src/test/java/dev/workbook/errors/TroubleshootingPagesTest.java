package dev.workbook.errors;

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

/** The error catalogue, the index and the pages in troubleshooting/ stay in sync. */
@DisplayName("troubleshooting pages and the error catalogue agree")
class TroubleshootingPagesTest {
    private static final Path PROJECT = Path.of(System.getProperty("workbook.project.dir", ".")).toAbsolutePath();
    private static final Path DIR = PROJECT.resolve("troubleshooting");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+\\.md)\\)");

    @Test
    @DisplayName("every catalogue entry links to a page that exists and opens with the entry's exact error text")
    void everyEntryHasItsPage() throws IOException {
        for (KnownError k : KnownError.values()) {
            Path page = DIR.resolve(k.page());
            assertThat(page).as("%s links to %s", k, k.help()).exists();
            assertThat(opening(Files.readString(page))).as("%s opens (title or text before its first section) with the "
                    + "exact error text of %s", k.page(), k).contains(k.errorText());
        }
    }

    @Test
    @DisplayName("every page is reachable from the doctor or from the index, and every index link resolves")
    void everyPageIsReachable() throws IOException {
        Set<String> reachable = new TreeSet<>();
        for (KnownError k : KnownError.values()) {
            reachable.add(k.page());
        }
        String index = Files.readString(DIR.resolve("README.md"));
        Matcher m = LINK.matcher(index);
        while (m.find()) {
            assertThat(DIR.resolve(m.group(1))).as("index link %s", m.group(1)).exists();
            reachable.add(m.group(1));
        }
        for (Path p : pages()) {
            assertThat(reachable).as("%s is linked from the error catalogue or troubleshooting/README.md", p.getFileName())
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
                int exit = runWorkbook(home, args);
                assertThat(exit).as("%s: ./workbook %s", p.getFileName(), String.join(" ", args)).isZero();
            }
            Matcher e = explain.matcher(text);
            while (e.find()) {
                KnownError k = ErrorCatalogue.explain(e.group(1)).error();
                assertThat(k == null ? null : k.page()).as("%s: --explain \"%s\"", p.getFileName(), e.group(1))
                        .isEqualTo(p.getFileName().toString());
            }
        }
    }

    private static int runWorkbook(Path home, List<String> args) {
        java.io.StringWriter out = new java.io.StringWriter();
        int code = dev.workbook.cli.WorkbookCli.run(new dev.workbook.cli.CliContext(TestHomes.env(home),
                new java.io.ByteArrayInputStream(new byte[0]), new java.io.PrintWriter(out), new java.io.PrintWriter(out)),
                args.toArray(String[]::new));
        return code;
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
    }

    /** Everything before the page's first "## " section: its title and the error as users see it. */
    private static String opening(String md) {
        int section = md.indexOf("\n## ");
        return section < 0 ? md : md.substring(0, section);
    }
}
