package dev.workbook.grading.run;

import dev.workbook.chapters.ChapterCatalog;
import dev.workbook.chapters.ExerciseSource;
import dev.workbook.errors.WorkbookException;
import dev.workbook.exercises.Exercise;
import dev.workbook.exercises.ExerciseManifest;
import dev.workbook.exercises.Solution;
import dev.workbook.exercises.checks.Checks;
import dev.workbook.exercises.checks.Points;
import dev.workbook.grading.Catalog;
import dev.workbook.grading.ExerciseInfo;
import dev.workbook.grading.intake.SubmissionManifest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What grading takes from the instructor's workbook, loaded once: the manifest's exercises, each exercise's source (setup,
 * stub parts, driver) from its chapter, the check classes with their points, and a fingerprint of all of it (the class
 * bytes of the exercise checker and its checks, setups, stubs, drivers and hints) that decides whether a stored grade
 * is still valid.
 */
final class CheckerCatalog {
    private static CheckerCatalog instance;

    private final Map<String, Exercise> exercises = new LinkedHashMap<>();
    private final Map<String, ExerciseSource> sources = new LinkedHashMap<>();
    private final Catalog catalog;
    private final String contentHash;

    private CheckerCatalog() {
        ChapterCatalog chapters = ChapterCatalog.load();
        List<ExerciseInfo> infos = new ArrayList<>();
        StringBuilder content = new StringBuilder();
        for (Exercise e : ExerciseManifest.load().all()) {
            ExerciseSource src = chapters.exercise(e.id()).orElseThrow(() -> WorkbookException.internal("exercise " + e.id()
                    + " has no cells in its chapter").value(e.chapter()).build());
            exercises.put(e.id(), e);
            sources.put(e.id(), src);
            infos.add(new ExerciseInfo(e.id(), e.title(), e.chapter(), maxPoints(e.id())));
            content.append("exercise ").append(e.id()).append('\n').append(e.title()).append('\n');
            e.hints().forEach(h -> content.append("hint ").append(h).append('\n'));
            src.setup().forEach(s -> content.append("setup\n").append(s.code()).append('\n'));
            src.parts().forEach(p -> content.append("part\n").append(p.text()).append('\n'));
            content.append("driver\n").append(src.driver().text()).append('\n');
        }
        Set<String> names = Checks.ALL.stream().map(Class::getSimpleName).collect(Collectors.toSet());
        names.addAll(List.of("Checks", "CheckContext", "Db", "Expect", "ExerciseChecker", "CheckRunner", "CheckOutcome"));
        this.catalog = new Catalog(infos, names);
        this.contentHash = SubmissionManifest.sha256((content + "\nclasses " + classBytesHash()).getBytes(StandardCharsets.UTF_8));
    }

    static synchronized CheckerCatalog get() {
        if (instance == null) {
            instance = new CheckerCatalog();
        }
        return instance;
    }

    Catalog catalog() {
        return catalog;
    }

    Exercise exercise(String id) {
        return exercises.get(id);
    }

    ExerciseSource source(String id) {
        return sources.get(id);
    }

    String fingerprint(String settings) {
        return SubmissionManifest.sha256((contentHash + "\n" + settings).getBytes(StandardCharsets.UTF_8));
    }

    Map<String, String> stubCode() {
        Map<String, String> stubs = new TreeMap<>();
        sources.forEach((id, src) -> stubs.put(id, src.parts().stream().map(p -> p.text()).collect(Collectors.joining("\n"))));
        return stubs;
    }

    /** Whether every part is the stub's, but for spacing: nothing to run, nothing to grade. */
    boolean untouched(String id, Solution solution) {
        ExerciseSource src = sources.get(id);
        if (solution.parts().size() != src.partCount()) {
            return false;
        }
        for (int i = 0; i < src.partCount(); i++) {
            if (!normal(src.part(i + 1).text()).equals(normal(solution.parts().get(i).code()))) {
                return false;
            }
        }
        return true;
    }

    private static String normal(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    }

    /** The points of an exercise's checks: each @Test method's @Points (default 1), hidden ones included. */
    static double maxPoints(String id) {
        double sum = 0;
        for (Class<?> c : Checks.forExercise(Checks.ALL, id)) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Test.class)) {
                    Points p = m.getAnnotation(Points.class);
                    sum += p == null ? 1 : p.value();
                }
            }
        }
        return sum;
    }

    /** SHA-256 over the class files of dev.workbook.exercises (checker and checks), sorted by name. */
    private static String classBytesHash() {
        Map<String, String> hashes = new TreeMap<>();
        String prefix = "dev/workbook/exercises/";
        try {
            Path where = Path.of(Checks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(where)) {
                try (Stream<Path> s = Files.walk(where.resolve(prefix))) {
                    for (Path f : s.filter(p -> p.toString().endsWith(".class")).toList()) {
                        hashes.put(where.relativize(f).toString(), SubmissionManifest.sha256(Files.readAllBytes(f)));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    for (var e : java.util.Collections.list(jar.entries())) {
                        if (e.getName().startsWith(prefix) && e.getName().endsWith(".class")) {
                            try (InputStream in = jar.getInputStream(e)) {
                                hashes.put(e.getName(), SubmissionManifest.sha256(in.readAllBytes()));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | RuntimeException e) {
            return "unknown " + e;
        }
        return SubmissionManifest.sha256(hashes.toString().getBytes(StandardCharsets.UTF_8));
    }
}
