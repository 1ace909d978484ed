package dev.workbook.grading.similarity;

import static dev.workbook.grading.GradingFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.grading.ExerciseGrade;
import dev.workbook.grading.SubmissionGrade;
import dev.workbook.grading.report.OutLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimilarityTest {
    @TempDir
    Path tmp;

    private static final String ORIGINAL = """
            List<String> olderHql() {
                return sf.fromSession(s -> s.createSelectionQuery("from Student where age > 21 order by age", Student.class)
                        .getResultList()).stream().map(Student::getEmail).toList();
            }
            int countAll(List<Integer> values) {
                int total = 0;
                for (int v : values) {
                    if (v > 10) { total += v * 2; } else { total -= 1; }
                }
                return total;
            }
            """;

    /** The same code with other names and spacing: what copying and renaming looks like. */
    private static final String RENAMED = """
            List<String> olderHql() {
                return sf.fromSession(session -> session.createSelectionQuery("from Student where age > 21 order by age",
                        Student.class).getResultList()).stream().map(Student::getEmail).toList();
            }
            int countAll(List<Integer> xs) {
                int sum = 0;
                for (int x : xs) {
                    if (x > 10) { sum += x * 2; } else { sum -= 1; }
                }
                return sum;
            }
            """;

    private static final String DIFFERENT = """
            List<String> olderHql() {
                var cb = sf.getCriteriaBuilder();
                var q = cb.createQuery(Student.class);
                var root = q.from(Student.class);
                q.select(root).where(cb.gt(root.get("age"), 21)).orderBy(cb.asc(root.get("age")));
                return sf.fromSession(s -> s.createSelectionQuery(q).getResultList()).stream().map(Student::getEmail).toList();
            }
            String label(Map<String, Object> row) {
                StringBuilder sb = new StringBuilder();
                row.forEach((k, v) -> sb.append(k).append('=').append(v).append(';'));
                return sb.toString();
            }
            """;

    private static SubmissionGrade grade(String name, String student) {
        return new SubmissionGrade(name, student, "zip", "k", false, null, List.<ExerciseGrade>of(), List.of(),
                SubmissionGrade.RunFacts.none());
    }

    @Test
    void copiedAndRenamedCodeRanksFirstAndTheReportIsForTheInstructor() throws Exception {
        OutLayout out = new OutLayout(tmp);
        write(out.code("ann").resolve("05-older-than-21.jsh"), ORIGINAL);
        write(out.code("ben").resolve("05-older-than-21.jsh"), RENAMED);
        write(out.code("cy").resolve("05-older-than-21.jsh"), DIFFERENT);
        write(out.code("dee").resolve("05-older-than-21.jsh"), "System.out.println(1);");
        List<Similarity.Pair> pairs = Similarity.write(out, List.of(grade("ann", "ann"), grade("ben", "ben"), grade("cy", "cy"),
                grade("dee", "dee")), Map.of("05-older-than-21", "List<String> olderHql() {\n throw new UnsupportedOperationException();\n}"));
        assertThat(pairs).as(Files.readString(out.similarityHtml())).isNotEmpty();
        Similarity.Pair top = pairs.get(0);
        assertThat(List.of(top.first(), top.second())).containsExactly("ann", "ben");
        assertThat(top.similarity()).isGreaterThan(0.8).isLessThanOrEqualTo(1.0);
        assertThat(pairs.stream().filter(p -> p.first().equals("ann") && p.second().equals("cy")).findFirst().orElseThrow()
                .similarity()).isLessThan(0.5);
        String html = Files.readString(out.similarityHtml());
        assertThat(html).contains("Instructor only", "ann (ann)", "ben (ben)").doesNotContain("cy (cy)");
        assertThat(Files.readAllLines(out.similarityCsv()).get(1)).startsWith("1,ann,ben,ann,ben,");
    }

    @Test
    void fewerThanTwoSubmissionsWithCodeIsSaidPlainly() throws Exception {
        OutLayout out = new OutLayout(tmp);
        write(out.code("ann").resolve("05-older-than-21.jsh"), ORIGINAL);
        assertThat(Similarity.write(out, List.of(grade("ann", "ann"), grade("ben", "ben")), Map.of())).isEmpty();
        assertThat(Files.readString(out.similarityHtml())).contains("fewer than two submissions with code");
    }

    @Test
    void jshellStatementsAreWrappedSoJavacParsesThem() {
        assertThat(JavaWrapper.wrap("A", "int f() { return 1; }\nclass B {}")).startsWith("class A {\nint f()");
        assertThat(JavaWrapper.wrap("A", "int x = 1;\nSystem.out.println(x);")).contains("void solution()");
        assertThat(JavaWrapper.wrap("A", "this is not java at all {")).isNull();
    }
}
