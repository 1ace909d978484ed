package dev.workbook.chapters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testing.Requirements;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Jupyter's own library, nbformat, accepts every committed notebook against the nbformat 4 schema, and writes it
 * back byte for byte (so saving a notebook in Jupyter changes nothing but outputs).
 */
class NotebookFormatTest {
    static final Path PROJECT = Path.of(System.getProperty("workbook.project.dir", "."));
    static final String CHECK = String.join("\n",
            "import glob, sys, nbformat",
            "files = sorted(glob.glob('notebooks/*.ipynb'))",
            "assert files, 'no notebooks'",
            "for f in files:",
            "    text = open(f, encoding='utf-8').read()",
            "    nb = nbformat.reads(text, as_version=4)",
            "    nbformat.validate(nb)",
            "    if nbformat.writes(nb) + '\\n' != text:",
            "        sys.exit(f + ': nbformat would rewrite this file differently')",
            "print(len(files), 'notebooks valid')");

    @Test
    @DisplayName("nbformat validates every notebook and would write each one back unchanged")
    void nbformatAccepts() throws Exception {
        String python = pythonWithNbformat();
        Requirements.require(python != null, "Python's nbformat (Jupyter's notebook library)",
                "install it: apt-get install python3-nbformat (Debian/Ubuntu) or pip install nbformat");
        Process p = new ProcessBuilder(python, "-c", CHECK).directory(PROJECT.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("notebooks valid");
    }

    /** The first Python that has nbformat: the one on PATH, or the system's (Debian's python3-nbformat lives there). */
    private static String pythonWithNbformat() {
        for (String python : new String[] {"python3", "/usr/bin/python3"}) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import nbformat").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return python;
                }
            } catch (IOException e) {
                // not installed here; try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }
}
