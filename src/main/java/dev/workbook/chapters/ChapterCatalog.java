package dev.workbook.chapters;

import dev.workbook.errors.WorkbookException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Every chapter, in order of its number, and the resolution of includes between them. */
public final class ChapterCatalog {
    static final String RESOURCE_DIR = "chapters";

    private final List<Chapter> chapters;

    ChapterCatalog(List<Chapter> chapters) {
        List<Chapter> sorted = new ArrayList<>(chapters);
        sorted.sort(Comparator.comparing(Chapter::number));
        Set<String> numbers = new HashSet<>();
        for (Chapter c : sorted) {
            if (!numbers.add(c.number())) {
                throw ChapterSourceException.at(c.id() + ".md", "two chapters have the number " + c.number(),
                        "renumber one of them");
            }
        }
        this.chapters = List.copyOf(sorted);
    }

    /** The chapters packaged with the workbook (src/main/resources/chapters, inside the jar). */
    public static ChapterCatalog load() {
        URL url = ChapterCatalog.class.getClassLoader().getResource(RESOURCE_DIR);
        if (url == null) {
            throw WorkbookException.internal("no chapters found on the class path").value(RESOURCE_DIR)
                    .next("rebuild: ./mvnw -Dmaven.test.skip=true package").build();
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return fromDirectory(fs.getPath(RESOURCE_DIR));
            }
            return fromDirectory(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw WorkbookException.internal("cannot read the chapters").value(url).cause(e).build();
        }
    }

    /** The chapters in a directory of NN-slug.md files (e.g. src/main/resources/chapters). */
    public static ChapterCatalog fromDirectory(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Chapter> list = new ArrayList<>();
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".md")).toList()) {
                list.add(ChapterParser.parse(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
            return new ChapterCatalog(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Chapter> all() {
        return chapters;
    }

    /** The chapter "05", "05-querying" or "querying" names. */
    public Chapter find(String ref) {
        return chapters.stream().filter(c -> c.matches(ref)).findFirst().orElseThrow(() ->
                WorkbookException.badInput("no such chapter").value(ref)
                        .next("list them: workbook chapters list; then e.g. workbook run 01").build());
    }

    /** The chapter's cells with every include= replaced by the code of the cell it names. */
    public List<Cell> cells(Chapter chapter) {
        List<Cell> out = new ArrayList<>();
        for (Cell c : chapter.cells()) {
            out.add(c.isCode() && c.options().include() != null ? resolve(c) : c);
        }
        return out;
    }

    /** Every exercise written in the chapters, in chapter order. */
    public List<ExerciseSource> exercises() {
        List<ExerciseSource> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Chapter c : chapters) {
            for (ExerciseSource e : ExerciseSources.of(this, c)) {
                if (!ids.add(e.id())) {
                    throw ChapterSourceException.at(c.id() + ".md", "exercise " + e.id() + " is written in two chapters",
                            "keep the cells of one exercise in one chapter");
                }
                out.add(e);
            }
        }
        return out;
    }

    /** The exercise with this id, as its chapter writes it. */
    public java.util.Optional<ExerciseSource> exercise(String id) {
        return exercises().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The chapter's exercises (usually one). */
    public List<ExerciseSource> exercises(Chapter chapter) {
        return ExerciseSources.of(this, chapter);
    }

    /** The parser forbids naming an include= cell, so an include always reaches real code in one step. */
    Cell resolve(Cell including) {
        String ref = including.options().include();
        String where = including.chapterId() + ".md:" + (including.line() - 1);
        int slash = ref.indexOf('/');
        if (slash < 0) {
            throw ChapterSourceException.at(where, "include '" + ref + "' is not chapter/cell-name",
                    "write e.g. include=03-student-entity/student");
        }
        String chapterRef = ref.substring(0, slash);
        String name = ref.substring(slash + 1);
        Chapter target = chapters.stream().filter(c -> c.matches(chapterRef)).findFirst().orElseThrow(() ->
                ChapterSourceException.at(where, "include names an unknown chapter '" + chapterRef + "'",
                        "use an existing chapter id, e.g. 03-student-entity"));
        Cell named = target.cells().stream().filter(c -> name.equals(c.options().name())).findFirst().orElseThrow(() ->
                ChapterSourceException.at(where, "chapter " + target.id() + " has no cell named '" + name + "'",
                        "add name=" + name + " to the cell's fence in " + target.id() + ".md"));
        return including.withCode(named.text(), named.chapterId(), named.line());
    }
}
