package dev.workbook.grading;

import dev.workbook.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Small catalogues, notebooks and zips for grading tests that need no checker. */
public final class GradingFixtures {
    public static final Catalog CATALOG = new Catalog(List.of(
            new ExerciseInfo("01-alpha", "Alpha", "01-first", 4),
            new ExerciseInfo("02-beta", "Beta", "02-second", 2),
            new ExerciseInfo("03-gamma", "Gamma", "03-third", 2)),
            Set.of("AlphaCheck", "BetaCheck", "Checks", "ExerciseChecker"));

    private GradingFixtures() {
    }

    /** A notebook with the given solution cells: each entry is exercise id, part, code. */
    public static String notebook(String chapter, String language, Object... cells) {
        List<Object> list = new java.util.ArrayList<>();
        list.add(Map.of("cell_type", "markdown", "id", "m1", "metadata", Map.of(), "source", List.of("# chapter")));
        for (int i = 0; i < cells.length; i += 3) {
            Map<String, Object> wb = new LinkedHashMap<>();
            wb.put("exercise", cells[i]);
            wb.put("role", "solution");
            wb.put("part", cells[i + 1]);
            Map<String, Object> cell = new LinkedHashMap<>();
            cell.put("cell_type", "code");
            cell.put("execution_count", null);
            cell.put("id", "c" + i);
            cell.put("metadata", Map.of("workbook", wb));
            cell.put("outputs", List.of());
            cell.put("source", List.of((String) cells[i + 2]));
            list.add(cell);
        }
        Map<String, Object> nb = new LinkedHashMap<>();
        nb.put("cells", list);
        nb.put("metadata", Map.of("kernelspec", Map.of("language", language, "name", "k", "display_name", "K"),
                "workbook", Map.of("chapter", chapter)));
        nb.put("nbformat", 4);
        nb.put("nbformat_minor", 5);
        return Json.write(nb);
    }

    public static Path write(Path file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip builder that can write what honest tools never do: ../ names, absolute paths, links. */
    public static final class Zip implements AutoCloseable {
        private final ZipArchiveOutputStream out;

        public Zip(Path file) {
            try {
                Files.createDirectories(file.getParent());
                out = new ZipArchiveOutputStream(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public Zip file(String name, String text) {
            return file(name, text.getBytes(StandardCharsets.UTF_8));
        }

        public Zip file(String name, byte[] bytes) {
            try {
                out.putArchiveEntry(new ZipArchiveEntry(name));
                out.write(bytes);
                out.closeArchiveEntry();
                return this;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** An entry of {@code bytes} zero bytes, written in chunks (a zip bomb when large). */
        public Zip zeros(String name, long bytes) {
            try {
                out.putArchiveEntry(new ZipArchiveEntry(name));
                byte[] chunk = new byte[1 << 20];
                for (long left = bytes; left > 0; left -= chunk.length) {
                    out.write(chunk, 0, (int) Math.min(chunk.length, left));
                }
                out.closeArchiveEntry();
                return this;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public Zip symlink(String name, String target) {
            try {
                ZipArchiveEntry e = new ZipArchiveEntry(name);
                e.setUnixMode(0120777);
                out.putArchiveEntry(e);
                out.write(target.getBytes(StandardCharsets.UTF_8));
                out.closeArchiveEntry();
                return this;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static OutputStream discard() {
        return OutputStream.nullOutputStream();
    }
}
