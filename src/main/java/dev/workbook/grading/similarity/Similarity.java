package dev.workbook.grading.similarity;

import de.jplag.JPlag;
import de.jplag.JPlagComparison;
import de.jplag.JPlagResult;
import de.jplag.options.JPlagOptions;
import dev.workbook.grading.SubmissionGrade;
import dev.workbook.grading.report.OutLayout;
import dev.workbook.platform.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The instructor's similarity report: JPlag 4.3.0 (token-based, the Java front end; the newest JPlag that runs on Java 17)
 * compares every pair of submissions on the solution code the checks ran, with the untouched stubs as base code so that
 * what every student was given does not count. Pairs are ranked by JPlag's average similarity; those of one student's own
 * two submissions are marked. Written to similarity.html and similarity.csv, never into feedback/.
 */
public final class Similarity {
    /** Pairs below this are left out of the HTML (the CSV has all). */
    static final double SHOWN_FROM = 0.5;

    public record Pair(String first, String second, String firstStudent, String secondStudent, double similarity,
                       double maxSimilarity) {
        public boolean sameStudent() {
            return firstStudent.equals(secondStudent);
        }
    }

    private Similarity() {
    }

    public static List<Pair> write(OutLayout out, List<SubmissionGrade> grades, Map<String, String> stubs) {
        Path jplag = out.internal().resolve("jplag");
        List<Pair> pairs;
        String note;
        try {
            FileTrees.delete(jplag);
            Path subs = Files.createDirectories(jplag.resolve("submissions"));
            Path base = Files.createDirectories(jplag.resolve("base"));
            int withCode = 0;
            for (SubmissionGrade g : grades) {
                if (copyCode(out.codeRoot().resolve(g.submission()), subs.resolve(g.submission()))) {
                    withCode++;
                }
            }
            stubs.forEach((id, code) -> writeWrapped(base.resolve(className(id) + ".java"), id, code));
            if (withCode < 2) {
                pairs = List.of();
                note = "fewer than two submissions with code: nothing to compare";
            } else {
                int[] compared = new int[1];
                pairs = compare(subs, base, grades, compared);
                note = compared[0] + " of " + withCode + " submissions with code compared with JPlag " + JPlag.JPLAG_VERSION
                        + " (too short ones are left out); the stubs are base code";
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (de.jplag.exceptions.ExitException | RuntimeException e) {
            pairs = List.of();
            note = "JPlag could not compare the submissions: " + e.getMessage();
        }
        writeReports(out, pairs, note);
        return pairs;
    }

    private static List<Pair> compare(Path subs, Path base, List<SubmissionGrade> grades, int[] compared) throws de.jplag.exceptions.ExitException {
        boolean hasBase = false;
        try (Stream<Path> s = Files.list(base)) {
            hasBase = s.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JPlagOptions options = new JPlagOptions(new de.jplag.java.Language(), Set.of(subs.toFile()), Set.of())
                .withMaximumNumberOfComparisons(JPlagOptions.SHOW_ALL_COMPARISONS);
        JPlagResult result;
        try {
            result = new JPlag(hasBase ? options.withBaseCodeSubmissionDirectory(base.toFile()) : options).run();
        } catch (de.jplag.exceptions.ExitException e) {
            if (!hasBase) {
                throw e;
            }
            // Stubs too short for JPlag's minimum match are no base code worth having: compare without them.
            result = new JPlag(options).run();
        }
        compared[0] = result.getNumberOfSubmissions();
        Map<String, String> students = new java.util.HashMap<>();
        grades.forEach(g -> students.put(g.submission(), g.student()));
        List<Pair> pairs = new ArrayList<>();
        for (JPlagComparison c : result.getAllComparisons()) {
            String a = c.firstSubmission().getName();
            String b = c.secondSubmission().getName();
            if (a.compareTo(b) > 0) {
                String t = a;
                a = b;
                b = t;
            }
            pairs.add(new Pair(a, b, students.getOrDefault(a, a), students.getOrDefault(b, b), c.similarity(), c.maximalSimilarity()));
        }
        pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed().thenComparing(Pair::first).thenComparing(Pair::second));
        return pairs;
    }

    /** Copies a submission's solutions as wrapped Java files; false when it has none. */
    private static boolean copyCode(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return false;
        }
        boolean any = false;
        try (Stream<Path> s = Files.list(from)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".jsh")).sorted().toList()) {
                String id = f.getFileName().toString().replace(".jsh", "");
                any |= writeWrapped(to.resolve(className(id) + ".java"), id, Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return any;
    }

    private static boolean writeWrapped(Path file, String id, String code) {
        String wrapped = JavaWrapper.wrap(className(id), code);
        if (wrapped == null) {
            return false;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, wrapped, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String className(String exerciseId) {
        return "Exercise_" + exerciseId.replaceAll("[^A-Za-z0-9]", "_");
    }

    private static void writeReports(OutLayout out, List<Pair> pairs, String note) {
        try {
            Files.writeString(out.similarityCsv(), SimilarityReport.csv(pairs), StandardCharsets.UTF_8);
            Files.writeString(out.similarityHtml(), SimilarityReport.html(pairs, note, SHOWN_FROM), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
