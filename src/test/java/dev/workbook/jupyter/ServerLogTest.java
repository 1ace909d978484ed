package dev.workbook.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ServerLogTest {
    @Test
    @DisplayName("the terminal gets errors, kernel warnings and their tracebacks; routine lines go to the log file only")
    void onlyRealProblemsReachTheTerminal() {
        ServerLog f = new ServerLog();
        assertThat(f.isProblem("[I 20:23:06.723 NotebookApp] Serving notebooks from local directory: /x")).isFalse();
        assertThat(f.isProblem("[I 20:23:06.723 NotebookApp]  or http://127.0.0.1:43813/?token=...")).isFalse();
        assertThat(f.isProblem("[W 20:27:10.890 NotebookApp] Notebook notebooks/05-querying.ipynb is not trusted")).isFalse();
        assertThat(f.isProblem("    To access the notebook, open this file in a browser:")).isFalse();
        assertThat(f.isProblem("[W 20:27:11.563 NotebookApp] 404 GET /static/components/codemirror/mode/mermaid/mermaid.js")).isFalse();
        assertThat(f.isProblem("[W 2026-11-30 20:30:00.000 ServerApp] Kernel died: workbook-java")).isTrue();
        assertThat(f.isProblem("[E 20:30:01.000 NotebookApp] Uncaught exception GET /api/contents")).isTrue();
        assertThat(f.isProblem("    Traceback (most recent call last):")).as("a continuation of a shown line").isTrue();
        assertThat(f.isProblem("[I 20:30:02.000 NotebookApp] Saving file at /notebooks/05-querying.ipynb")).isFalse();
        assertThat(f.isProblem("Error: Could not find or load main class dev.workbook.jupyter.RapaioLauncher"))
                .as("a kernel JVM's own complaint").isTrue();
    }
}
