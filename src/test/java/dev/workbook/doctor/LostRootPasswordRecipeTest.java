package dev.workbook.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.platform.CurrentUser;
import dev.workbook.platform.FileTrees;
import dev.workbook.testing.Requirements;
import dev.workbook.testing.TestHomes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The lost-root-password recipe that chapter 14 and troubleshooting/1290 tell users to run: read from the pages and run as
 * written against Debian's MariaDB packages, in a private mount and network namespace (see the harness script), so the
 * machine's own server is never touched. Needs root and Debian's mariadb-server; skips with the reason otherwise (and fails in CI).
 */
@DisplayName("the lost-root-password recipe runs as written on Debian's MariaDB")
class LostRootPasswordRecipeTest {
    private static final Path PROJECT = Path.of(System.getProperty("workbook.project.dir", ".")).toAbsolutePath();
    static final String MARKER = "<!-- recipe lost-root-password: the test runs this block as written -->";
    static final List<Path> PAGES = List.of(PROJECT.resolve("src/main/resources/chapters/14-passwords-and-access.md"),
            PROJECT.resolve("troubleshooting/1290-skip-grant-tables.md"));
    private static final String HOW_TO_GET_IT = "run the tests as root on Debian/Ubuntu with Debian's MariaDB: "
            + "apt-get install -y mariadb-server iproute2 (CI installs them in .ci/run)";
    private static final Pattern NEW_PASSWORD = Pattern.compile("PASSWORD\\('([^']+)'\\)");

    @Test
    @DisplayName("chapter 14 and the 1290 page show the same recipe: socket directory first, --skip-networking, -p at shutdown")
    void pagesAgree() throws IOException {
        String recipe = recipe(PAGES.get(0));
        for (Path page : PAGES) {
            assertThat(recipe(page)).as("the recipe in %s", PROJECT.relativize(page)).isEqualTo(recipe);
        }
        List<String> lines = recipe.lines().toList();
        int dir = indexOf(lines, "install -d -o mysql -g mysql /run/mysqld");
        int start = indexOf(lines, "mysqld_safe --skip-grant-tables --skip-networking &");
        assertThat(dir).as("the socket directory is created before the server starts").isBetween(0, start - 1);
        assertThat(indexOf(lines, "FLUSH PRIVILEGES;")).as("the flush comes before ALTER USER")
                .isLessThan(indexOf(lines, "ALTER USER 'root'@'localhost'"));
        assertThat(indexOf(lines, "mysqladmin -u root -p shutdown")).as("shutdown asks for root's new password").isPositive();
    }

    @Test
    @DisplayName("root's forgotten password is replaced, the server restarts normally, and the old password no longer works")
    void recipeRuns() throws Exception {
        String missing = missing();
        Requirements.require(missing == null, missing, HOW_TO_GET_IT);
        String recipe = recipe(PAGES.get(1));
        Matcher m = NEW_PASSWORD.matcher(recipe);
        assertThat(m.find()).as("the recipe sets a new password with PASSWORD('...')").isTrue();
        String newPassword = m.group(1);

        Path dir = TestHomes.root().resolve("lost-root-password");
        FileTrees.delete(dir);
        Path data = Files.createDirectories(dir.resolve("data"));
        ownedByMysql(data);
        Path recipeFile = Files.writeString(dir.resolve("recipe.sh"), recipe);
        Path harness = dir.resolve("harness.sh");
        try (InputStream in = LostRootPasswordRecipeTest.class.getResourceAsStream("/recipes/lost-root-password-harness.sh")) {
            Files.write(harness, in.readAllBytes());
        }
        Path log = dir.resolve("output.log");
        // setsid: no controlling terminal, so mysqladmin -p reads the password from stdin instead of a real terminal.
        Process p = new ProcessBuilder("setsid", "-w", "unshare", "--mount", "--net", "--propagation", "private",
                "bash", harness.toString(), data.toString(), recipeFile.toString(), "Forgotten-pw-7", newPassword)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try (OutputStream typed = p.getOutputStream()) {
            typed.write((newPassword + "\n").getBytes(StandardCharsets.UTF_8));
        }
        boolean done = p.waitFor(300, TimeUnit.SECONDS);
        if (!done) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroyForcibly().waitFor();
        }
        String out = Files.readString(log);
        assertThat(done).as("the recipe finished within 5 minutes; output so far:\n%s", out).isTrue();
        assertThat(p.exitValue()).as("harness exit code; output:\n%s", out).isZero();
        assertThat(section(out, "lost")).as("before the recipe root cannot log in:\n%s", out)
                .contains("ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: NO)");
        assertThat(section(out, "after")).as("after the recipe:\n%s", out)
                .contains("normal start: skip_networking=OFF", "new password logs in as root@localhost",
                        "ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)");
        assertThat(section(out, "claim")).as("the pages' claim about MariaDB:\n%s", out)
                .contains("without the option: skip_networking=OFF port=3306");
    }

    /** The fenced block right after the marker line. */
    static String recipe(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page);
        int at = lines.indexOf(MARKER);
        assertThat(at).as("%s has the marker line %s", PROJECT.relativize(page), MARKER).isNotNegative();
        assertThat(lines.get(at + 1)).as("a ```sh block follows the marker in %s", page.getFileName()).isEqualTo("```sh");
        List<String> block = new ArrayList<>();
        for (int i = at + 2; !lines.get(i).equals("```"); i++) {
            block.add(lines.get(i));
        }
        return String.join("\n", block) + "\n";
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }

    /** The harness's output from its "== name" line to the next "== " line. */
    private static String section(String out, String name) {
        int from = out.indexOf("== " + name);
        if (from < 0) {
            return "";
        }
        int to = out.indexOf("\n== ", from + 1);
        return out.substring(from, to < 0 ? out.length() : to);
    }

    /** What this machine lacks to run the recipe, or null. */
    private static String missing() throws InterruptedException {
        if (!System.getProperty("os.name").startsWith("Linux")) {
            return "Linux";
        }
        if (!CurrentUser.isRoot()) {
            return "root (the recipe is run by root, in a private mount and network namespace)";
        }
        for (String tool : List.of("/usr/bin/mysqld_safe", "/usr/sbin/mariadbd", "/usr/bin/mariadb-install-db",
                "/usr/bin/mariadb", "/usr/bin/mysqladmin")) {
            if (!Files.isExecutable(Path.of(tool))) {
                return "Debian's MariaDB server packages (" + tool + ")";
            }
        }
        if (!Files.isExecutable(Path.of("/usr/sbin/ip")) && !Files.isExecutable(Path.of("/sbin/ip"))) {
            return "the ip command (iproute2)";
        }
        try {
            Process probe = new ProcessBuilder("unshare", "--mount", "--net", "true").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!probe.waitFor(30, TimeUnit.SECONDS) || probe.exitValue() != 0) {
                return "permission to create mount and network namespaces (unshare --mount --net)";
            }
        } catch (IOException e) {
            return "unshare (util-linux)";
        }
        return null;
    }

    private static void ownedByMysql(Path dir) throws IOException {
        UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
        PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
        view.setOwner(users.lookupPrincipalByName("mysql"));
        GroupPrincipal group = users.lookupPrincipalByGroupName("mysql");
        view.setGroup(group);
    }
}
