package dev.workbook.exercises;

import dev.workbook.db.DbTarget;
import java.util.List;
import java.util.Map;

/**
 * What runs an assembled exercise script: steps of pieces (setup, the student's parts, the driver), each step with the
 * database login the Workbook facade is pointed at. Shaped like the student JVM's RunRequest, which it stands for.
 */
interface StudentCode {
    /** A piece of code and where it came from; {@code studentCode} marks the student's parts. */
    record Piece(String origin, int firstLine, String code, boolean studentCode) {
    }

    record Step(String name, List<Piece> pieces, DbTarget db) {
    }

    /** Runs the steps in order, in one shell; a step after one that killed or tainted the run is NOT_RUN. */
    List<StepResult> run(String label, List<Step> steps, Map<String, String> systemProperties);

    /** Where the code runs, in words, for the report. */
    String containment();

    RunLimits limits();
}
