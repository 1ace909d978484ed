package dev.workbook.sandbox;

import dev.workbook.chapters.Failure;
import java.util.ArrayList;
import java.util.List;

/** In the student JVM: the chapters runner's failure as the channel carries it, with a hint for deep recursion. */
final class ScriptFailures {
    private ScriptFailures() {
    }

    static ScriptFailure of(Failure f, boolean blocked) {
        List<String> details = new ArrayList<>(f.details());
        if (details.stream().anyMatch(d -> d.contains("java.lang.StackOverflowError"))) {
            details.add("hint: StackOverflowError means a method kept calling itself (or two methods each other) "
                    + "without reaching a case that stops: check the condition that should end the recursion");
        }
        String problem = blocked ? "the script tried to start a process, which student code may not do" : f.problem();
        return new ScriptFailure(f.sourceFile(), f.line(), f.snippet(), problem, details, f.sqlCode(), f.help(),
                f.thrownInMethod());
    }
}
