package dev.workbook.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testing.TestHomes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Judging an executed notebook, on a copy shaped like nbconvert's output with rapaio's error format. */
class ExecutedNotebookTest {
    private static final String EXECUTED = """
            {"cells": [
              {"cell_type": "markdown", "id": "m", "metadata": {}, "source": ["# title"]},
              {"cell_type": "code", "id": "ok", "execution_count": 1, "source": ["int x = 1;"], "outputs": [],
               "metadata": {"execution": {"iopub.execute_input": "2026-11-21T02:24:25.000000Z", "shell.execute_reply": "2026-11-21T02:24:26.000000Z"}}},
              {"cell_type": "code", "id": "boom", "execution_count": 2, "source": ["throw new IllegalStateException(\\"boom\\");"],
               "metadata": {"execution": {"iopub.execute_input": "2026-11-21T02:24:26.000000Z", "shell.execute_reply": "2026-11-21T02:24:27.500000Z"}},
               "outputs": [{"output_type": "error", "ename": "EvalException", "evalue": "boom",
                            "traceback": ["\\u001b[0m\\u001b[1m\\u001b[31mjava.lang.IllegalStateException: boom\\n\\u001b[0m", "\\u001b[34m   at .(#7:1)\\u001b[0m"]}]},
              {"cell_type": "code", "id": "mistake", "execution_count": 3, "source": ["Workbook.sql(\\"bad\\");"],
               "metadata": {"tags": ["raises-exception"]},
               "outputs": [{"output_type": "error", "ename": "EvalException", "evalue": "1064", "traceback": []}]},
              {"cell_type": "code", "id": "quiet", "execution_count": 4, "source": ["1 + 1"],
               "metadata": {"tags": ["raises-exception"]}, "outputs": []}
            ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
            """;

    @Test
    @DisplayName("an unexpected error is reported with its cell number, id, source and the error without colours")
    void findsUnexpectedErrorsAndSilentMistakeCells() throws Exception {
        Path nb = TestHomes.fresh("executed").resolve("03-x.ipynb");
        Files.writeString(nb, EXECUTED);
        ExecutedNotebook.Analysis a = ExecutedNotebook.analyze(nb);
        assertThat(a.codeCells()).isEqualTo(4);
        assertThat(a.problems()).hasSize(2);
        CellProblem first = a.problems().get(0);
        assertThat(first.cell()).as("cells are counted as Jupyter shows them, markdown included").isEqualTo(3);
        assertThat(first.cellId()).isEqualTo("boom");
        assertThat(first.error()).startsWith("java.lang.IllegalStateException: boom").doesNotContain("\u001B");
        assertThat(first.describe()).contains("cell 3 (id boom)", "| throw new IllegalStateException");
        CellProblem second = a.problems().get(1);
        assertThat(second.cellId()).as("a raises-exception cell that ran cleanly is a problem too").isEqualTo("quiet");
        assertThat(second.expectedError()).isTrue();
        assertThat(a.cellTime().toMillis()).as("from the first cell's start to the last reply").isEqualTo(2500);
    }
}
