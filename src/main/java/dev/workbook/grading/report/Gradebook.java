package dev.workbook.grading.report;

import dev.workbook.grading.ExerciseInfo;
import dev.workbook.grading.Points;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The class's grades as CSV. {@code gradebook.csv}: one row per student, one column per exercise (points), total,
 * max and notes. {@code canvas.csv}: Canvas's gradebook import (Student, ID, SIS User ID, SIS Login ID, Section, then
 * one assignment column, and a "Points Possible" row); the student id goes in SIS Login ID. {@code moodle.csv}: a
 * username column and the total as a percentage, which Moodle's CSV grade import maps to a new grade item (max 100).
 */
final class Gradebook {
    static final String ASSIGNMENT = "Workbook exercises";

    private Gradebook() {
    }

    static String gradebook(ClassView view) {
        StringBuilder sb = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("student"));
        view.catalog.exercises().forEach(ex -> header.add(ex.id()));
        header.addAll(List.of("total", "max", "notes"));
        sb.append(Csv.line(header));
        for (String student : view.byStudent.keySet()) {
            List<String> row = new ArrayList<>(List.of(student));
            for (ExerciseInfo ex : view.catalog.exercises()) {
                row.add(Points.format(view.points(student, ex)));
            }
            row.add(Points.format(view.total(student)));
            row.add(Points.format(view.catalog.maxPoints()));
            row.add(view.notes(student));
            sb.append(Csv.line(row));
        }
        return sb.toString();
    }

    static String canvas(ClassView view) {
        StringBuilder sb = new StringBuilder();
        sb.append(Csv.line(List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section", ASSIGNMENT)));
        sb.append(Csv.line(List.of("Points Possible", "", "", "", "", Points.format(view.catalog.maxPoints()))));
        for (String student : view.byStudent.keySet()) {
            sb.append(Csv.line(List.of(student, "", "", student, "", Points.format(view.total(student)))));
        }
        return sb.toString();
    }

    static String moodle(ClassView view) {
        StringBuilder sb = new StringBuilder();
        sb.append(Csv.line(List.of("username", ASSIGNMENT + " (%)")));
        double max = view.catalog.maxPoints();
        for (String student : view.byStudent.keySet()) {
            double pct = max == 0 ? 0 : view.total(student) * 100 / max;
            sb.append(Csv.line(List.of(student, String.format(Locale.ROOT, "%.2f", pct))));
        }
        return sb.toString();
    }
}
