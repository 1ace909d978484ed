package dev.workbook.grading.submit;

import dev.workbook.errors.WorkbookException;
import dev.workbook.grading.intake.SubmissionManifest;
import dev.workbook.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code workbook submit}: packs a student's work into one zip, laid out as grading reads it:
 * <pre>
 *   workbook-submission.json        student id, workbook version, time, SHA-256 of each file
 *   exercises/ID.jsh                every exercise script of notebooks/exercises/ named by an exercise id
 *   notebooks/NN-slug.ipynb         every chapter notebook of notebooks/ that has exercise cells
 * </pre>
 * and nothing else: no references, no build output, no other file of the project. A folder that is not a workbook
 * project (no notebooks/exercises/ and no chapter notebook) is refused.
 */
public final class Packer {
    public record Packed(Path zip, String student, List<SubmissionManifest.FileEntry> files) {
    }

    private Packer() {
    }

    public static Packed pack(Path project, Set<String> exerciseIds, String student, String workbookVersion, Path zip) {
        Path notebooks = project.resolve("notebooks");
        Path exercises = notebooks.resolve("exercises");
        if (!Files.isDirectory(exercises) && !hasChapterNotebooks(notebooks)) {
            throw WorkbookException.badInput("this folder is not a workbook project: it has no notebooks/exercises/ and no chapter "
                    + "notebooks, so there is nothing of yours to submit").value(project.toAbsolutePath())
                    .next("run it in your workbook's folder (the one with notebooks/), or: workbook submit --dir PATH").build();
        }
        List<Item> items = new ArrayList<>();
        for (String id : exerciseIds.stream().sorted().toList()) {
            Path script = exercises.resolve(id + ".jsh");
            if (Files.isRegularFile(script)) {
                items.add(new Item("exercises/" + id + ".jsh", script));
            }
        }
        for (Path nb : list(notebooks)) {
            if (nb.getFileName().toString().endsWith(".ipynb") && hasExerciseCells(nb)) {
                items.add(new Item("notebooks/" + nb.getFileName(), nb));
            }
        }
        if (items.isEmpty()) {
            throw WorkbookException.badInput("nothing to submit: no exercise script (notebooks/exercises/ID.jsh) and no notebook with "
                    + "exercise cells").value(project.toAbsolutePath())
                    .next("restore the exercise files (git checkout -- notebooks/), solve them, then submit again").build();
        }
        return write(items, student, workbookVersion, zip);
    }

    private record Item(String path, Path file) {
    }

    private static Packed write(List<Item> items, String student, String version, Path zip) {
        try {
            List<SubmissionManifest.FileEntry> entries = new ArrayList<>();
            List<byte[]> contents = new ArrayList<>();
            for (Item i : items) {
                byte[] bytes = Files.readAllBytes(i.file());
                contents.add(bytes);
                entries.add(new SubmissionManifest.FileEntry(i.path(), SubmissionManifest.sha256(bytes), bytes.length));
            }
            SubmissionManifest manifest = new SubmissionManifest(student, version,
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), entries);
            Path parent = zip.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, ".submission-", ".zip");
            try (OutputStream os = Files.newOutputStream(tmp); ZipOutputStream z = new ZipOutputStream(os)) {
                put(z, SubmissionManifest.FILE_NAME, manifest.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                for (int n = 0; n < items.size(); n++) {
                    put(z, items.get(n).path(), contents.get(n));
                }
            }
            Files.move(tmp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Packed(zip, student, entries);
        } catch (IOException e) {
            throw WorkbookException.notReady("could not write the submission zip").value(zip + ": " + e.getMessage())
                    .next("give another place: workbook submit --out PATH.zip").cause(e).build();
        }
    }

    private static void put(ZipOutputStream z, String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(0);   // the same work packs to the same bytes
        z.putNextEntry(e);
        z.write(bytes);
        z.closeEntry();
    }

    private static boolean hasChapterNotebooks(Path notebooks) {
        return list(notebooks).stream().anyMatch(p -> p.getFileName().toString().matches("\\d{2}-.*\\.ipynb"));
    }

    /** A notebook with at least one cell whose metadata names an exercise; unreadable ones are packed too, to be reported. */
    @SuppressWarnings("unchecked")
    static boolean hasExerciseCells(Path nb) {
        try {
            Map<String, Object> m = Json.parseObject(Files.readString(nb));
            Object cells = m.get("cells");
            if (!(cells instanceof List<?> l)) {
                return false;
            }
            for (Object c : l) {
                if (c instanceof Map<?, ?> cell && cell.get("metadata") instanceof Map<?, ?> md && md.get("workbook") instanceof Map<?, ?> w
                        && w.get("exercise") != null) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return nb.getFileName().toString().matches("\\d{2}-.*\\.ipynb");
        }
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
