package dev.workbook.grading.intake;

import dev.workbook.grading.Catalog;
import dev.workbook.grading.ExerciseInfo;
import dev.workbook.grading.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the entries of a submissions folder into {@link Submission}s: each zip, directory or git working tree is read
 * under the {@link IntakeLimits}, only accepted files are written to its own work directory, and everything refused is
 * recorded with its reason. Never throws for what a student sent.
 */
public final class Intake {
    private final Catalog catalog;
    private final IntakeLimits limits;
    private final EntryRules rules;

    public Intake(Catalog catalog, IntakeLimits limits) {
        this.catalog = catalog;
        this.limits = limits;
        this.rules = new EntryRules(catalog.exercises().stream().map(ExerciseInfo::id).collect(Collectors.toSet()),
                catalog.checkerClassNames());
    }

    /** The submissions in a folder, sorted by name: zips and directories; hidden entries are skipped. */
    public static List<Path> list(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name a submission is known by in every output: its file name without .zip, made safe for file names. */
    public static String nameOf(Path entry) {
        String n = entry.getFileName().toString();
        if (n.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            n = n.substring(0, n.length() - 4);
        }
        String safe = n.replaceAll("[^A-Za-z0-9._@+-]", "_");
        return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
    }

    /** Reads one submission into {@code work} (created; emptied first). */
    public Submission open(Path entry, Path work) {
        String name = nameOf(entry);
        String kind;
        Collected c;
        if (Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            kind = Files.isDirectory(entry.resolve(".git")) ? "git" : "directory";
            c = DirectoryReader.read(entry, limits, rules);
        } else if (Files.isRegularFile(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && entry.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            kind = "zip";
            c = ZipReader.read(entry, limits, rules);
        } else {
            kind = "other";
            c = new Collected(limits, rules);
            c.reject("neither a zip file nor a directory: collect submissions as zips (workbook submit), folders or git clones");
        }
        try {
            dev.workbook.platform.FileTrees.delete(work);
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Assembly(catalog, name, kind, entry, work, c).build();
    }

    /** Builds a Submission from what a reader collected. */
    private static final class Assembly {
        private final Catalog catalog;
        private final String name;
        private final String kind;
        private final Path entry;
        private final Path work;
        private final Collected c;
        private final List<Finding> findings;
        private final Map<String, List<Source>> sources = new LinkedHashMap<>();
        private final Map<String, String> refused = new LinkedHashMap<>();

        Assembly(Catalog catalog, String name, String kind, Path entry, Path work, Collected c) {
            this.catalog = catalog;
            this.name = name;
            this.kind = kind;
            this.entry = entry;
            this.work = work;
            this.c = c;
            this.findings = new ArrayList<>(c.findings);
        }

        Submission build() {
            String student = name;
            if (c.rejected != null) {
                return new Submission(name, student, kind, entry, work, Map.of(), Map.of(), findings, "rejected", c.rejected);
            }
            byte[] manifestBytes = c.files.remove(SubmissionManifest.FILE_NAME);
            SubmissionManifest manifest = null;
            if (manifestBytes != null) {
                try {
                    manifest = SubmissionManifest.parse(new String(manifestBytes, StandardCharsets.UTF_8));
                    student = manifest.student();
                } catch (IllegalArgumentException e) {
                    findings.add(Finding.badInput(SubmissionManifest.FILE_NAME, "unreadable manifest (" + e.getMessage()
                            + "); the submission's name is used as the student id"));
                }
            }
            if (manifest != null) {
                compareHashes(manifest);
            }
            TamperScan tamper = new TamperScan(catalog.checkerClassNames());
            NotebookInspector notebooks = new NotebookInspector(catalog);
            for (Map.Entry<String, byte[]> f : c.files.entrySet()) {
                String path = f.getKey();
                String text = Utf8.decode(f.getValue());
                boolean notebook = path.toLowerCase(Locale.ROOT).endsWith(".ipynb");
                String exerciseId = notebook ? null : rulesExercise(path);
                if (text == null) {
                    findings.add(Finding.badInput(path, Utf8.problem(f.getValue())));
                    if (exerciseId != null) {
                        refused.put(exerciseId, path + ": " + Utf8.problem(f.getValue()));
                    }
                    continue;
                }
                Path copy = write(path, f.getValue());
                if (notebook) {
                    NotebookInspector.Inspection in = notebooks.inspect(path, text);
                    findings.addAll(in.findings());
                    in.refused().forEach(refused::putIfAbsent);
                    in.exercises().forEach(id -> sources.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(new Source(Source.Kind.NOTEBOOK, id, copy, path)));
                    in.code().forEach(code -> findings.addAll(tamper.scan(path, code)));
                } else {
                    sources.computeIfAbsent(exerciseId, k -> new ArrayList<>()).add(new Source(Source.Kind.SCRIPT, exerciseId, copy, path));
                    findings.addAll(tamper.scan(path, text));
                }
            }
            // A notebook problem does not hide a good script for the same exercise: only unsolved ones stay refused.
            sources.keySet().forEach(refused::remove);
            if (!c.ignored.isEmpty()) {
                findings.add(Finding.note(null, c.ignored.size() + " other file(s) not graded: " + String.join(", ",
                        c.ignored.subList(0, Math.min(5, c.ignored.size()))) + (c.ignored.size() > 5 ? ", ..." : "")));
            }
            String rejected = sources.isEmpty() && refused.isEmpty()
                    ? (c.files.isEmpty() && c.refusedPaths.isEmpty() && c.ignored.isEmpty() ? "empty: no exercise script (ID.jsh) and no notebook in it"
                            : "nothing to grade: no exercise script named by an exercise id and no notebook with exercise cells")
                    : null;
            return new Submission(name, student, kind, entry, work, sources, refused, findings, contentHash(student), rejected);
        }

        private String rulesExercise(String path) {
            String file = path.substring(path.lastIndexOf('/') + 1);
            return file.substring(0, file.length() - 4);
        }

        private void compareHashes(SubmissionManifest manifest) {
            for (SubmissionManifest.FileEntry f : manifest.files()) {
                byte[] actual = c.files.get(f.path());
                if (actual == null) {
                    if (!c.refusedPaths.contains(f.path())) {
                        findings.add(Finding.note(f.path(), "listed in the manifest but not in the submission"));
                    }
                } else if (!SubmissionManifest.sha256(actual).equals(f.sha256())) {
                    findings.add(Finding.note(f.path(), "changed after workbook submit packed it (its hash differs from the manifest's)"));
                }
            }
        }

        private Path write(String path, byte[] bytes) {
            Path target = work.resolve(path).normalize();
            if (!target.startsWith(work)) {
                throw new IllegalStateException("intake let an unsafe path through: " + path);
            }
            try {
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
                return target;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String contentHash(String student) {
            StringBuilder sb = new StringBuilder("student=").append(student).append('\n');
            c.files.forEach((p, b) -> sb.append(p).append('=').append(SubmissionManifest.sha256(b)).append('\n'));
            return SubmissionManifest.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
