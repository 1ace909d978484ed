package dev.workbook.jupyter;

import dev.workbook.platform.Backups;
import dev.workbook.errors.WorkbookException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The student's own copy of the notebooks, in the workbook home, which {@code workbook notebook} serves: Run All and
 * autosave change the copies, never the tracked chapter notebooks, so git stays clean and updates never conflict.
 * <p>
 * The served root mirrors the project ({@code notebooks/}, {@code troubleshooting/}, {@code README.md}), so the
 * links the chapters are exported with (troubleshooting pages as {@code ../troubleshooting/...}, {@code ../README.md}, {@code 06-x.ipynb})
 * open inside Jupyter exactly as they do on GitHub. The reference pages are refreshed on every start; a chapter copy
 * is made when missing, updated when the original changed and the student has not touched the copy, and otherwise
 * kept. {@link #restore} puts originals back (the {@code workbook reset} command calls it).
 */
public final class NotebookCopies {
    /** Under the workbook home. */
    public static final String DIR = "work";
    static final String NOTEBOOKS = "notebooks";
    private static final String STATE = ".workbook-copies.properties";

    private final Path project;
    private final Path root;

    public NotebookCopies(ProjectDir project, Path home) {
        this.project = project.dir();
        this.root = home.toAbsolutePath().normalize().resolve(DIR);
    }

    /** The directory Jupyter serves. */
    public Path root() {
        return root;
    }

    /** Where the student's chapter notebooks are. */
    public Path notebooks() {
        return root.resolve(NOTEBOOKS);
    }

    /** Brings the copies up to date (see the class comment); returns a note for each original the student's copy hides. */
    public List<String> refresh() {
        List<String> notes = new ArrayList<>();
        try {
            Files.createDirectories(notebooks());
            copyTree(project.resolve("troubleshooting"), root.resolve("troubleshooting"));
            copyIfPresent(project.resolve("README.md"), root.resolve("README.md"));
            Properties state = state();
            for (Path original : originals()) {
                String name = original.getFileName().toString();
                Path copy = notebooks().resolve(name);
                String now = hash(original);
                if (!Files.exists(copy)) {
                    copy(original, copy, state, now);
                } else if (!now.equals(state.getProperty(name))) {
                    if (hash(copy).equals(state.getProperty(name))) {
                        copy(original, copy, state, now); // untouched copy of an older version: update it
                    } else {
                        notes.add(NOTEBOOKS + "/" + name + ": the chapter changed; your copy (with your work) is kept. For the new"
                                + " version: ./workbook reset --chapter " + name.substring(0, 2) + " (your copy is saved first)");
                    }
                }
            }
            saveState(state);
        } catch (IOException e) {
            throw WorkbookException.notReady("could not prepare your notebook copies").value(root)
                    .next("check that the workbook home is writable").cause(e).build();
        }
        return notes;
    }

    /** A chapter copy put back to its original, and where the student's version was saved first (null: there was none). */
    public record Restored(Path copy, Path savedAs) {
    }

    /** Puts the original of one chapter ("05", "05-querying", "querying") back, keeping the student's copy in {@code backups}. */
    public Restored restore(String chapter, Path backups) {
        Path original = originals().stream().filter(p -> matches(p, chapter)).findFirst().orElseThrow(() ->
                WorkbookException.badInput("no chapter notebook matches").value(chapter)
                        .next("give a chapter number or name, e.g. 05 or 05-querying (ls " + project.resolve(NOTEBOOKS) + ")").build());
        return restoreFile(original, backups);
    }

    /** Puts the original of every chapter back, keeping each student's copy in {@code backups}. */
    public List<Restored> restoreAll(Path backups) {
        return originals().stream().map(o -> restoreFile(o, backups)).toList();
    }

    private Restored restoreFile(Path original, Path backups) {
        try {
            Files.createDirectories(notebooks());
            Properties state = state();
            Path copy = notebooks().resolve(original.getFileName().toString());
            Path saved = Files.exists(copy) ? Backups.save(copy, backups, "chapter") : null;
            copy(original, copy, state, hash(original));
            saveState(state);
            return new Restored(copy, saved);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tracked chapter notebooks (notebooks/NN-*.ipynb of the project). */
    List<Path> originals() {
        try (Stream<Path> s = Files.list(project.resolve(NOTEBOOKS))) {
            return s.filter(p -> p.getFileName().toString().matches("\\d{2}-.*\\.ipynb")).sorted().toList();
        } catch (IOException e) {
            throw WorkbookException.notReady("no chapter notebooks in the project").value(project.resolve(NOTEBOOKS))
                    .next("run this from the workbook's project directory").build();
        }
    }

    private static boolean matches(Path notebook, String ref) {
        String name = notebook.getFileName().toString().replace(".ipynb", "");
        String r = ref.strip().replace(".ipynb", "");
        return name.equals(r) || name.substring(3).equals(r)
                || r.matches("\\d{1,2}") && Integer.parseInt(r) == Integer.parseInt(name.substring(0, 2));
    }

    private static void copy(Path from, Path to, Properties state, String hash) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        state.setProperty(from.getFileName().toString(), hash);
    }

    private static void copyIfPresent(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from)) {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.copy(p, to.resolve(p.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private Properties state() throws IOException {
        Properties p = new Properties();
        Path f = notebooks().resolve(STATE);
        if (Files.isRegularFile(f)) {
            try (var in = Files.newInputStream(f)) {
                p.load(in);
            }
        }
        return p;
    }

    private void saveState(Properties p) throws IOException {
        try (var out = Files.newOutputStream(notebooks().resolve(STATE))) {
            p.store(out, "hash of each chapter's original when it was copied (workbook notebook)");
        }
    }

    static String hash(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
