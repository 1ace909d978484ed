package dev.workbook.jupyter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.workbook.errors.WorkbookException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The student's copies in the workbook home: made, kept, updated, restored; the project's files never touched. */
class NotebookCopiesTest {
    @TempDir
    Path tmp;

    private ProjectDir project() throws Exception {
        Path p = tmp.resolve("project");
        Files.createDirectories(p.resolve("notebooks"));
        Files.createDirectories(p.resolve("troubleshooting"));
        Files.writeString(p.resolve("notebooks/05-querying.ipynb"), "v1 of 05");
        Files.writeString(p.resolve("notebooks/06-updating.ipynb"), "v1 of 06");
        Files.writeString(p.resolve("troubleshooting/1062-duplicate-entry.md"), "# 1062");
        Files.writeString(p.resolve("README.md"), "# readme");
        return new ProjectDir(p);
    }

    @Test
    @DisplayName("the served root mirrors the project: notebooks/, troubleshooting/ and README.md, so relative links work")
    void mirrorsTheProject() throws Exception {
        NotebookCopies c = new NotebookCopies(project(), tmp.resolve("home"));
        assertThat(c.refresh()).isEmpty();
        assertThat(c.root()).isEqualTo(tmp.resolve("home/work"));
        assertThat(c.notebooks().resolve("05-querying.ipynb")).hasContent("v1 of 05");
        assertThat(c.root().resolve("troubleshooting/1062-duplicate-entry.md")).hasContent("# 1062");
        assertThat(c.root().resolve("README.md")).hasContent("# readme");
    }

    @Test
    @DisplayName("the student's work is kept when the chapter changes (with a note); an untouched copy is updated")
    void keepsWorkAndUpdatesUntouched() throws Exception {
        ProjectDir p = project();
        NotebookCopies c = new NotebookCopies(p, tmp.resolve("home"));
        c.refresh();
        Files.writeString(c.notebooks().resolve("05-querying.ipynb"), "my work on 05");
        Files.writeString(p.dir().resolve("notebooks/05-querying.ipynb"), "v2 of 05");
        Files.writeString(p.dir().resolve("notebooks/06-updating.ipynb"), "v2 of 06");
        assertThat(c.refresh()).singleElement().asString().contains("05-querying.ipynb", "your copy", "kept");
        assertThat(c.notebooks().resolve("05-querying.ipynb")).hasContent("my work on 05");
        assertThat(c.notebooks().resolve("06-updating.ipynb")).hasContent("v2 of 06");
        assertThat(p.dir().resolve("notebooks/05-querying.ipynb")).as("the original is never written").hasContent("v2 of 05");
    }

    @Test
    @DisplayName("restore puts back one chapter (by number or name) or all, keeps the student's version, refuses an unknown chapter")
    void restores() throws Exception {
        NotebookCopies c = new NotebookCopies(project(), tmp.resolve("home"));
        Path backups = tmp.resolve("home/reset-backups");
        c.refresh();
        Files.writeString(c.notebooks().resolve("05-querying.ipynb"), "mine");
        Files.writeString(c.notebooks().resolve("06-updating.ipynb"), "mine too");
        NotebookCopies.Restored r = c.restore("5", backups);
        assertThat(r.copy()).hasContent("v1 of 05");
        assertThat(r.savedAs()).as("the student's work is kept, not lost").hasContent("mine");
        assertThat(r.savedAs().getParent()).isEqualTo(backups);
        assertThat(c.notebooks().resolve("06-updating.ipynb")).hasContent("mine too");
        List<NotebookCopies.Restored> all = c.restoreAll(backups);
        assertThat(all).hasSize(2);
        assertThat(c.notebooks().resolve("06-updating.ipynb")).hasContent("v1 of 06");
        assertThat(all).filteredOn(x -> x.copy().getFileName().toString().startsWith("06")).singleElement()
                .satisfies(x -> assertThat(x.savedAs()).hasContent("mine too"));
        assertThat(c.restore("querying", backups).copy()).hasContent("v1 of 05");
        assertThatThrownBy(() -> c.restore("99", backups)).isInstanceOf(WorkbookException.class).hasMessageContaining("no chapter");
        assertThat(c.refresh()).as("a restored copy counts as untouched").isEmpty();
    }
}
