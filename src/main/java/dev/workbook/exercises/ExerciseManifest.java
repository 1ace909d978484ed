package dev.workbook.exercises;

import dev.workbook.errors.WorkbookException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The ordered list of exercises, read from {@code src/main/resources/exercises/exercises.txt}: one
 * {@code [id]} section each, with {@code chapter = }, {@code title = }, any number of {@code hint = } lines (a hint that
 * helps with particular checks names their methods: {@code hint [hql, criteria] = ...}) and optionally
 * {@code accounts = writer} (accounts the checker makes for each run).
 */
public final class ExerciseManifest {
    static final String RESOURCE = "exercises/exercises.txt";
    private static final java.util.regex.Pattern HINT_FOR = java.util.regex.Pattern.compile("hint\\s*\\[([a-zA-Z0-9_,\\s]+)]");

    private final List<Exercise> exercises;

    ExerciseManifest(List<Exercise> exercises) {
        this.exercises = List.copyOf(exercises);
    }

    /** The manifest packaged with the workbook. */
    public static ExerciseManifest load() {
        try (InputStream in = ExerciseManifest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw WorkbookException.internal("the exercise manifest is not on the class path").value(RESOURCE)
                        .next("rebuild: ./mvnw -Dmaven.test.skip=true package").build();
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExerciseManifest parse(String text) {
        List<Exercise> list = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String id = null;
        String title = null;
        String chapter = null;
        List<Exercise.Hint> hints = new ArrayList<>();
        List<String> accounts = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                if (id != null) {
                    list.add(finish(id, title, chapter, hints, accounts));
                }
                id = line.substring(1, line.length() - 1).strip();
                if (!id.matches("\\d{2}-[a-z0-9]+(-[a-z0-9]+)*") || !ids.add(id)) {
                    throw malformed(n, "an exercise id is NN-slug and unique", id);
                }
                title = null;
                chapter = null;
                hints = new ArrayList<>();
                accounts = new ArrayList<>();
                continue;
            }
            int eq = line.indexOf('=');
            if (id == null || eq < 0) {
                throw malformed(n, "expected [id] or key = value", line);
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            List<String> checks = List.of();
            java.util.regex.Matcher named = HINT_FOR.matcher(key);
            if (named.matches()) {
                key = "hint";
                checks = List.of(named.group(1).strip().split("\\s*,\\s*"));
            }
            switch (key) {
                case "title" -> title = value;
                case "chapter" -> chapter = value;
                case "hint" -> hints.add(new Exercise.Hint(checks, value));
                case "accounts" -> accounts.addAll(List.of(value.split("\\s*,\\s*")));
                default -> throw malformed(n, "unknown key (title, chapter, hint, hint [check, ...], accounts)", key);
            }
        }
        if (id != null) {
            list.add(finish(id, title, chapter, hints, accounts));
        }
        return new ExerciseManifest(list);
    }

    private static Exercise finish(String id, String title, String chapter, List<Exercise.Hint> hints, List<String> accounts) {
        if (title == null || chapter == null) {
            throw WorkbookException.internal("exercise " + id + " in " + RESOURCE + " needs a title and a chapter")
                    .value(id).build();
        }
        return new Exercise(id, title, chapter, hints, accounts);
    }

    private static WorkbookException malformed(int lineIndex, String what, String value) {
        return WorkbookException.internal(RESOURCE + " line " + (lineIndex + 1) + ": " + what).value(value).build();
    }

    public List<Exercise> all() {
        return exercises;
    }

    /** The exercise "03", "03-course-entity" or "course-entity" names; unknown names are bad input listing the known ids. */
    public Exercise find(String ref) {
        return exercises.stream().filter(e -> e.matches(ref)).findFirst().orElseThrow(() ->
                WorkbookException.badInput("no such exercise").value(ref)
                        .next("use one of: " + String.join(", ", exercises.stream().map(Exercise::id).toList())
                                + "  (workbook exercises list)").build());
    }
}
