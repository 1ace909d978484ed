package dev.workbook.doctor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class Utf8Mb3Test {
    private static final Path CHAPTERS = Path.of(System.getProperty("workbook.project.dir", "."))
            .resolve("src/main/resources/chapters");

    @Test
    @DisplayName("each table the doctor treats as a chapter's utf8mb3 demonstration is created in utf8mb3 by a chapter")
    void demonstrationsAreTheChaptersOwn() throws IOException {
        List<String> chapters;
        try (Stream<Path> files = Files.list(CHAPTERS)) {
            chapters = files.filter(p -> p.toString().endsWith(".md")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(Utf8Mb3.DEMONSTRATIONS).isNotEmpty();
        for (String table : Utf8Mb3.DEMONSTRATIONS.keySet()) {
            Pattern create = Pattern.compile("CREATE TABLE " + Pattern.quote(table) + "\\b[^;]*CHARACTER SET utf8mb3",
                    Pattern.CASE_INSENSITIVE);
            assertThat(chapters).as("a chapter creates %s in utf8mb3 (else drop it from Utf8Mb3.DEMONSTRATIONS)", table)
                    .anyMatch(text -> create.matcher(text).find());
        }
    }
}
