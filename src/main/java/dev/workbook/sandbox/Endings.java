package dev.workbook.sandbox;

import java.util.List;
import java.util.Map;

/**
 * How a step ended when the student JVM stopped answering: killed by the trusted process (wall time, output), ended by
 * the JVM itself (OutOfMemoryError), by the script (System.exit, Runtime.halt), or otherwise (a crash). The reason and
 * the failure name the last snippet the JVM had started, so the student sees the line.
 */
final class Endings {
    private Endings() {
    }

    static StepOutcome abnormal(WorkerProcess w, Limits limits, String step, Map<String, Object> snippet,
                                RunOutput.Segment output, long start, boolean started) throws InterruptedException {
        Integer code = w.exitCode(3000);
        if (code == null) {
            w.kill(Ending.CRASHED);
            code = w.exitCode(3000);
        }
        Ending why = w.killedFor();
        if (why == null || why == Ending.CRASHED) {
            if (w.oomSeen()) {
                why = Ending.OUT_OF_MEMORY;
            } else if (why == null && code != null && code < 128) {
                why = Ending.EXITED;
            } else {
                why = Ending.CRASHED;
            }
        }
        String at = snippet == null ? "" : " at line " + Messages.num(snippet, "line") + " of " + Messages.str(snippet, "origin");
        String reason;
        String hint;
        switch (why) {
            case TIMED_OUT -> {
                reason = "the script ran longer than " + seconds(limits) + " (the wall time per run) and was stopped" + at;
                hint = "hint: an endless loop (a condition that never changes, or a loop that catches Throwable and goes on), "
                        + "or a statement waiting for a lock";
            }
            case OUTPUT_LIMIT -> {
                reason = "the script printed more than " + limits.maxOutputBytes() / 1024 + " KB and was stopped" + at
                        + "; only the first part of its output is kept";
                hint = "hint: printing inside a loop that runs far more often than intended";
            }
            case OUT_OF_MEMORY -> {
                reason = "the script used up the student JVM's " + limits.heapMb() + " MB heap (java.lang.OutOfMemoryError)" + at;
                hint = "hint: a collection that grows without end, or loading far more rows than the task needs";
            }
            case EXITED -> {
                reason = "the script ended the JVM with System.exit(" + code + ") or Runtime.halt" + at
                        + "; nothing after it ran";
                hint = "hint: do not call System.exit in an exercise; return from the method instead";
            }
            default -> {
                reason = !started ? "the student JVM did not get ready to run the script (a very busy machine?)"
                        : "the student JVM stopped unexpectedly" + (code == null ? "" : " (exit code " + code + ")") + at;
                hint = null;
            }
        }
        ScriptFailure failure = snippet == null ? null : new ScriptFailure(Messages.str(snippet, "origin"),
                Messages.num(snippet, "line"), Messages.str(snippet, "source"), reason,
                hint == null ? List.of() : List.of(hint), null, null, null);
        return new StepOutcome(step, why, reason, failure, output.text(), output.truncated() || why == Ending.OUTPUT_LIMIT,
                (System.nanoTime() - start) / 1_000_000);
    }

    private static String seconds(Limits l) {
        long ms = l.wallTimePerRun().toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms / 1000.0 + " s";
    }
}
