package dev.workbook.grading.run;

import dev.workbook.grading.Catalog;
import dev.workbook.grading.ExerciseGrade;
import dev.workbook.grading.ExerciseInfo;
import dev.workbook.grading.SubmissionGrade;
import dev.workbook.grading.intake.Source;
import dev.workbook.grading.intake.Submission;
import java.util.Map;

/**
 * What grading needs from the exercise checker, kept small so the run, the outputs and the shard merge are tested
 * with a double and the real checker ({@code CheckerGrader}) is wired in one place.
 */
public interface SubmissionGrader {
    /** The exercises graded, with their points. */
    Catalog catalog();

    /**
     * A hash of everything a grade depends on besides the submission: the instructor's checks, setups and drivers,
     * the limits, the workbook's version. A change re-grades every submission.
     */
    String fingerprint();

    /** The untouched stubs' solution code per exercise: the base code the similarity report discounts. */
    Map<String, String> stubCode();

    /** Starts grading one submission; one session per submission, never shared between two students. */
    Session open(Submission submission);

    interface Session extends AutoCloseable {
        /** Grades one exercise from one source; never throws for anything the student's code does. */
        ExerciseGrade grade(ExerciseInfo exercise, Source source);

        /** The student's code of that source as the checks ran it (its parts), for the similarity report; null if none. */
        String code(ExerciseInfo exercise, Source source);

        /**
         * What grading noticed beyond the grades: a notebook's check cell or a script's driver edited (ignored: the
         * instructor's copy runs), code written outside the solution parts (not used).
         */
        default java.util.List<dev.workbook.grading.Finding> findings() {
            return java.util.List.of();
        }

        /** How this submission's code ran so far: containment, limits, time split. */
        SubmissionGrade.RunFacts facts();

        @Override
        void close();
    }
}
