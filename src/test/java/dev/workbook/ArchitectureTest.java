package dev.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The product keeps its layers and has no cycles; the same rules catch each kind of break in a fixture. */
@DisplayName("architecture: layers, no cycles, a package-info per package")
class ArchitectureTest {
    private static final String PRODUCT = "dev.workbook";
    private static final String FIXTURE = "dev.workbook.archfixture";
    private static final Path PROJECT = Path.of(System.getProperty("workbook.project.dir", "."));
    private static final Path MAIN = PROJECT.resolve("src/main/java");
    private static final Path FIXTURE_SOURCES = PROJECT.resolve("src/test/java/dev/workbook/archfixture");
    /** Packages another helper owns and completes in its own branch (see Architecture.PENDING). */
    private static final Set<String> PACKAGE_INFO_PENDING = Set.of();

    private static JavaClasses product;
    private static JavaClasses fixture;

    @BeforeAll
    static void importClasses() {
        product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PRODUCT);
        fixture = new ClassFileImporter().importPackages(FIXTURE);
    }

    @Test
    @DisplayName("a package uses only packages on lower layers: never a higher one, never a sibling")
    void layers() {
        assertThat(product).as("the product's classes were found").hasSizeGreaterThan(100);
        Architecture.layers(PRODUCT).check(product);
        Architecture.doctorLayers(PRODUCT).check(product);
        Architecture.exerciseLayers(PRODUCT).check(product);
    }

    @Test
    @DisplayName("no cycle between packages, and none between the classes of the root package")
    void noCycles() {
        Architecture.noPackageCycles(PRODUCT).check(product);
        Architecture.noClassCyclesInRoot(PRODUCT).check(product);
    }

    @Test
    @DisplayName("the rules fail on a fixture that breaks them: each break is reported, the allowed use is not")
    void rulesCatchBreaks() {
        List<String> layers = violations(Architecture.layers(FIXTURE));
        assertThat(layers).anyMatch(v -> v.contains("errors.Failure") && v.contains("cli.Command") && v.contains("higher layer"));
        assertThat(layers).anyMatch(v -> v.contains("db.Model") && v.contains("db.embedded.Impl") && v.contains("higher layer"));
        assertThat(layers).anyMatch(v -> v.contains("db.docker.Docker") && v.contains("db.embedded.Impl")
                && v.contains("sibling"));
        assertThat(layers).as("a future package slots in: sandbox may not use grading")
                .anyMatch(v -> v.contains("sandbox.Child") && v.contains("grading.Grader"));
        assertThat(layers).anyMatch(v -> v.contains("archfixture.nowhere is in no layer"));
        assertThat(layers).as("web may use sandbox, a lower layer").noneMatch(v -> v.contains("web.Page"));

        assertThat(violations(Architecture.noPackageCycles(FIXTURE)))
                .anyMatch(v -> v.contains("archfixture.db") && v.contains("archfixture.db.embedded"));
        assertThat(violations(Architecture.noClassCyclesInRoot(FIXTURE)))
                .anyMatch(v -> v.contains("archfixture.Api") && v.contains("archfixture.Setup"));
    }

    @Test
    @DisplayName("the import lines keep the same layers and form no cycle (they also show inlined constants)")
    void imports() {
        Map<String, Set<String>> graph = SourceImports.of(MAIN, PRODUCT);
        assertThat(graph).as("the product's packages were read").hasSizeGreaterThan(15);
        assertThat(importViolations(graph, PRODUCT)).isEmpty();
        assertThat(SourceImports.cycle(withoutPending(graph, PRODUCT))).as("a cycle of imports").isEmpty();
    }

    @Test
    @DisplayName("the import rules catch a constant-only dependency the bytecode does not show, and a cycle")
    void importRulesCatchBreaks() {
        Map<String, Set<String>> graph = SourceImports.of(FIXTURE_SOURCES, FIXTURE);
        assertThat(importViolations(graph, FIXTURE)).anyMatch(v -> v.startsWith(FIXTURE + ".json imports " + FIXTURE
                + ".config")).anyMatch(v -> v.startsWith(FIXTURE + ".errors imports " + FIXTURE + ".cli"));
        assertThat(violations(Architecture.layers(FIXTURE))).as("javac inlined Keys.NAME: no trace in the bytecode")
                .noneMatch(v -> v.contains("json.Codec"));
        assertThat(SourceImports.cycle(graph)).contains(FIXTURE + ".db", FIXTURE + ".db.embedded");
    }

    @Test
    @DisplayName("every package has a package-info.java that says what it is for")
    void packageInfo() throws IOException {
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                boolean hasCode;
                try (Stream<Path> files = Files.list(dir)) {
                    hasCode = files.anyMatch(f -> f.toString().endsWith(".java"));
                }
                String pkg = MAIN.relativize(dir).toString().replace('/', '.').replace('\\', '.');
                if (hasCode && !PACKAGE_INFO_PENDING.contains(pkg)) {
                    assertThat(dir.resolve("package-info.java")).as("package-info.java of %s", pkg).exists();
                }
            }
        }
    }

    private static List<String> importViolations(Map<String, Set<String>> graph, String base) {
        List<String> out = new ArrayList<>();
        graph.forEach((from, targets) -> {
            for (String to : targets) {
                for (List<List<String>> rungs : List.of(Architecture.LAYERS, Architecture.DOCTOR, Architecture.EXERCISES)) {
                    String why = Architecture.verdict(base, rungs, from, to);
                    if (why != null) {
                        out.add(from + " imports " + to + ": " + why);
                    }
                }
            }
        });
        return out;
    }

    private static Map<String, Set<String>> withoutPending(Map<String, Set<String>> graph, String base) {
        Map<String, Set<String>> out = new TreeMap<>();
        graph.forEach((from, targets) -> out.put(from, targets.stream().filter(to -> !Architecture.pending(base, from, to))
                .collect(Collectors.toCollection(TreeSet::new))));
        return out;
    }

    private static List<String> violations(ArchRule rule) {
        EvaluationResult r = rule.evaluate(fixture);
        assertThat(r.hasViolation()).as("%s must fail on the fixture", rule.getDescription()).isTrue();
        return r.getFailureReport().getDetails();
    }
}
