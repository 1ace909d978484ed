package dev.workbook.exercises;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import dev.workbook.exercises.checks.Checks;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.opentest4j.AssertionFailedError;

/**
 * Runs the JUnit 5 checks tagged with an exercise's id (among {@link Checks#ALL}, inside the jar)
 * through the JUnit Platform Launcher, against whatever database the Workbook facade points at.
 */
final class CheckLauncher {
    private CheckLauncher() {
    }

    static List<CheckOutcome> run(List<Class<?>> checkClasses, String tag) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(checkClasses.stream().map(c -> selectClass(c)).toList())
                .filters(TagFilter.includeTags(tag))
                // The checks of one exercise read like a list: run them in the order they are written.
                .configurationParameter("junit.jupiter.testmethod.order.default",
                        "org.junit.jupiter.api.MethodOrderer$OrderAnnotation")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                .build();
        Collector collector = new Collector();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, collector);
        return collector.outcomes;
    }

    private static final class Collector implements TestExecutionListener {
        final List<CheckOutcome> outcomes = new ArrayList<>();

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (!id.isTest()) {
                if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                    outcomes.add(new CheckOutcome(id.getDisplayName(), CheckOutcome.Status.ERROR, message(result)));
                }
                return;
            }
            CheckOutcome.Status status = switch (result.getStatus()) {
                case SUCCESSFUL -> CheckOutcome.Status.PASS;
                case FAILED -> result.getThrowable().filter(t -> t instanceof AssertionFailedError).isPresent()
                        ? CheckOutcome.Status.FAIL : CheckOutcome.Status.ERROR;
                case ABORTED -> CheckOutcome.Status.FAIL;
            };
            outcomes.add(new CheckOutcome(id.getDisplayName(), status, status == CheckOutcome.Status.PASS ? null : message(result)));
        }

        @Override
        public void executionSkipped(TestIdentifier id, String reason) {
            outcomes.add(new CheckOutcome(id.getDisplayName(), CheckOutcome.Status.FAIL, "not run: " + reason));
        }

        private static String message(TestExecutionResult result) {
            return result.getThrowable().map(t -> {
                if (t instanceof AssertionFailedError) {
                    return String.valueOf(t.getMessage());
                }
                Throwable root = t;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                return "the check could not look at the database: " + t.getClass().getSimpleName() + ": " + t.getMessage()
                        + (root != t ? " (caused by " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")" : "");
            }).orElse("failed");
        }
    }
}
