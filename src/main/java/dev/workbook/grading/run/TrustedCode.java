package dev.workbook.grading.run;

import dev.workbook.chapters.ExerciseJsh;
import dev.workbook.chapters.ExerciseSource;
import dev.workbook.chapters.NotebookWriter;
import dev.workbook.grading.Finding;
import dev.workbook.grading.intake.Source;
import dev.workbook.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Compares what a submission holds of the workbook's own code with the instructor's copy: a notebook's check cell, a
 * script's check code after its last part (the driver) and its setup before the first part. None of it is ever run
 * from the submission; a changed check is reported as tampering, changed setup as a note (the student's extra code there
 * is not used).
 */
final class TrustedCode {
    private TrustedCode() {
    }

    static List<Finding> compare(ExerciseSource src, Source source) {
        try {
            String text = Files.readString(source.file(), StandardCharsets.UTF_8);
            return source.kind() == Source.Kind.NOTEBOOK ? notebook(src, source.label(), text) : script(src, source.label(), text);
        } catch (IOException | RuntimeException e) {
            return List.of();   // unreadable input is reported where it is read
        }
    }

    private static List<Finding> script(ExerciseSource src, String label, String text) {
        String stub = ExerciseJsh.write(src);
        String end = ExerciseJsh.endMarker(src.partCount());
        String begin = ExerciseJsh.beginMarker(1, src.partCount());
        List<Finding> out = new ArrayList<>();
        if (text.contains(end) && !normal(after(text, end)).equals(normal(after(stub, end)))) {
            out.add(Finding.tampering(label, src.id() + ": the check's code after the last part was changed; it is ignored, "
                    + "the instructor's copy runs"));
        }
        if (text.contains(begin) && !normal(before(text, begin)).equals(normal(before(stub, begin)))) {
            out.add(Finding.note(label, src.id() + ": code written before the first part is not used (the setup comes from "
                    + "the workbook); put your code between the part markers"));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Finding> notebook(ExerciseSource src, String label, String text) {
        String expected = normal(NotebookWriter.checkCell(src));
        for (Object o : (List<Object>) Json.parseObject(text).get("cells")) {
            if (o instanceof Map<?, ?> cell && cell.get("metadata") instanceof Map<?, ?> md && md.get("workbook") instanceof Map<?, ?> w
                    && src.id().equals(w.get("exercise")) && "check".equals(w.get("role"))
                    && !normal(source(cell.get("source"))).equals(expected)) {
                return List.of(Finding.tampering(label, src.id() + ": the check cell was changed; it is ignored, the instructor's "
                        + "copy of the check runs"));
            }
        }
        return List.of();
    }

    private static String after(String text, String marker) {
        return text.substring(text.lastIndexOf(marker) + marker.length());
    }

    private static String before(String text, String marker) {
        return text.substring(0, text.indexOf(marker));
    }

    /** Code compared without spacing, blank lines, or the line endings and BOM editors add. */
    static String normal(String code) {
        return code.replace("\uFEFF", "").lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    }

    private static String source(Object s) {
        return s instanceof List<?> lines ? lines.stream().map(String::valueOf).collect(Collectors.joining()) : String.valueOf(s);
    }
}
