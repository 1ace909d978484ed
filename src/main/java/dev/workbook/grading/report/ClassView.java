package dev.workbook.grading.report;

import dev.workbook.grading.Catalog;
import dev.workbook.grading.ExerciseGrade;
import dev.workbook.grading.ExerciseInfo;
import dev.workbook.grading.Points;
import dev.workbook.grading.SubmissionGrade;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The class as the outputs see it: submissions sorted by name, grouped by student id. A student id found in more than
 * one submission is reported; the student's row takes, per exercise, the best of their submissions (a student may
 * solve some exercises in notebooks and others in scripts).
 */
final class ClassView {
    final Catalog catalog;
    final List<SubmissionGrade> submissions;
    final Map<String, List<SubmissionGrade>> byStudent = new TreeMap<>();

    ClassView(Catalog catalog, List<SubmissionGrade> grades) {
        this.catalog = catalog;
        this.submissions = grades.stream().sorted(Comparator.comparing(SubmissionGrade::submission)).toList();
        for (SubmissionGrade g : submissions) {
            byStudent.computeIfAbsent(g.student(), k -> new ArrayList<>()).add(g);
        }
    }

    /** The student's points for an exercise: the best over their submissions. */
    double points(String student, ExerciseInfo ex) {
        return byStudent.get(student).stream().map(g -> g.exercise(ex.id())).filter(e -> e != null)
                .mapToDouble(ExerciseGrade::points).max().orElse(0);
    }

    double total(String student) {
        return Points.round(catalog.exercises().stream().mapToDouble(ex -> points(student, ex)).sum());
    }

    boolean duplicate(String student) {
        return byStudent.get(student).size() > 1;
    }

    /** What the gradebook's notes column says about a student. */
    String notes(String student) {
        List<String> notes = new ArrayList<>();
        List<SubmissionGrade> subs = byStudent.get(student);
        if (subs.size() > 1) {
            notes.add("student id in " + subs.size() + " submissions (" + String.join(", ",
                    subs.stream().map(SubmissionGrade::submission).toList()) + "); best per exercise counts");
        }
        for (SubmissionGrade g : subs) {
            if (g.rejected()) {
                notes.add(g.submission() + " refused: " + g.reason());
            }
            long errors = g.exercises().stream().filter(e -> e.status() == ExerciseGrade.Status.ERROR).count();
            if (errors > 0) {
                notes.add(g.submission() + ": " + errors + " exercise(s) errored");
            }
            if (g.tampered()) {
                notes.add(g.submission() + ": tampering reported");
            }
        }
        return String.join("; ", notes);
    }
}
