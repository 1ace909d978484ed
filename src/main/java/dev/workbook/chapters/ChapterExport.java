package dev.workbook.chapters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The generated forms of every chapter (notebooks/NN-slug.ipynb, notebooks/jshell/NN-slug.jsh, and for each exercise
 * notebooks/exercises/ID.jsh): rendering,
 * writing, and finding where the committed files drifted from the sources.
 */
public final class ChapterExport {
    public static final String REGENERATE_COMMAND = "./workbook chapters export";
    static final String NOTEBOOK_DIR = "notebooks";
    static final String JSHELL_DIR = "notebooks/jshell";
    public static final String EXERCISE_DIR = "notebooks/exercises";

    private final ChapterCatalog catalog;

    public ChapterExport(ChapterCatalog catalog) {
        this.catalog = catalog;
    }

    /** Relative path -> content, for every generated file. */
    public Map<String, String> render() {
        Map<String, String> files = new LinkedHashMap<>();
        List<Chapter> all = catalog.all();
        for (Chapter c : all) {
            List<Cell> cells = catalog.cells(c);
            List<ExerciseSource> exercises = catalog.exercises(c);
            List<Cell> notebookCells = new ArrayList<>(cells);
            notebookCells.add(ChapterNavigation.cell(c, all));
            files.put(NOTEBOOK_DIR + "/" + c.id() + ".ipynb", NotebookWriter.write(c, notebookCells, exercises));
            files.put(JSHELL_DIR + "/" + c.id() + ".jsh", JshWriter.write(c, cells));
            for (ExerciseSource e : exercises) {
                files.put(e.stubPath(), ExerciseJsh.write(e));
            }
        }
        return files;
    }

    /** Writes every generated file under the project directory and deletes generated files of removed chapters. */
    public List<String> write(Path projectDir) throws IOException {
        List<String> changed = new ArrayList<>();
        Map<String, String> files = render();
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = projectDir.resolve(e.getKey());
            if (!Files.exists(p) || !Files.readString(p, StandardCharsets.UTF_8).equals(e.getValue())) {
                Files.createDirectories(p.getParent());
                Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
                changed.add("wrote " + e.getKey());
            }
        }
        for (String stale : stale(projectDir, files)) {
            Files.delete(projectDir.resolve(stale));
            changed.add("deleted " + stale);
        }
        return changed;
    }

    /** What differs between the committed files and the sources; empty when they agree. */
    public List<String> drift(Path projectDir) throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, String> files = render();
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = projectDir.resolve(e.getKey());
            if (!Files.exists(p)) {
                problems.add(e.getKey() + " is missing");
            } else if (!Files.readString(p, StandardCharsets.UTF_8).equals(e.getValue())) {
                problems.add(e.getKey() + " differs from its source");
            }
        }
        for (String stale : stale(projectDir, files)) {
            problems.add(stale + " has no chapter source any more");
        }
        return problems;
    }

    private static List<String> stale(Path projectDir, Map<String, String> expected) throws IOException {
        List<String> out = new ArrayList<>();
        for (String[] dirAndExt : new String[][] {{NOTEBOOK_DIR, ".ipynb"}, {JSHELL_DIR, ".jsh"}, {EXERCISE_DIR, ".jsh"}}) {
            Path dir = projectDir.resolve(dirAndExt[0]);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.list(dir)) {
                s.map(p -> p.getFileName().toString())
                        .filter(n -> n.matches("\\d{2}-.*") && n.endsWith(dirAndExt[1]))
                        .map(n -> dirAndExt[0] + "/" + n)
                        .filter(rel -> !expected.containsKey(rel))
                        .sorted()
                        .forEach(out::add);
            }
        }
        return out;
    }
}
