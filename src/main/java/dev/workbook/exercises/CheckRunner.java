package dev.workbook.exercises;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.workbook.exercises.checks.CheckContext;
import dev.workbook.exercises.checks.Hidden;
import dev.workbook.exercises.checks.OnHiddenData;
import dev.workbook.exercises.checks.Part;
import dev.workbook.exercises.checks.Points;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.opentest4j.AssertionFailedError;

/**
 * Runs an exercise's JUnit 5 checks through the JUnit Platform Launcher, in the trusted process, with the run's
 * {@link CheckContext} bound: every check on the VISIBLE database, then the {@code @OnHiddenData} ones on the HIDDEN
 * database. Such a check passes only when it passed on both.
 */
final class CheckRunner {
    /** One launcher per thread: check --all runs the checks of two exercises at once. */
    private static final ThreadLocal<Launcher> LAUNCHER = ThreadLocal.withInitial(LauncherFactory::create);

    private CheckRunner() {
    }

    /**
     * @param hidden           the hidden database's context, or null when the exercise has none
     * @param hiddenNotRunWhy  when the student's code could not run on the hidden data: why (its checks then fail)
     */
    static List<CheckOutcome> run(List<Class<?>> classes, String id, CheckContext visible, CheckContext hidden,
                                  String hiddenNotRunWhy) {
        List<CheckOutcome> outcomes = launch(classes, id, false, visible);
        if (hidden == null && hiddenNotRunWhy == null) {
            return outcomes;
        }
        Map<String, CheckOutcome> onHidden = new LinkedHashMap<>();
        if (hidden != null) {
            launch(classes, id, true, hidden).forEach(o -> onHidden.put(o.method(), o));
        }
        List<CheckOutcome> merged = new ArrayList<>();
        for (CheckOutcome o : outcomes) {
            CheckOutcome h = onHidden.get(o.method());
            if (!o.onHiddenData() || !o.passed()) {
                merged.add(o);
            } else if (h == null) {
                merged.add(o.failedOnHidden("This check also runs your code on a second set of data (other names and counts), and"
                        + " that run did not happen: " + (hiddenNotRunWhy == null ? "it was not started" : hiddenNotRunWhy) + "."));
            } else if (!h.passed()) {
                merged.add(o.failedOnHidden("This passed on the chapter's data but failed on a second set of data (other names and"
                        + " counts), so the answer must come from your code's query, not be typed in:\n" + h.message()));
            } else {
                merged.add(o);
            }
        }
        return merged;
    }

    private static List<CheckOutcome> launch(List<Class<?>> classes, String id, boolean onlyHiddenData, CheckContext context) {
        LauncherDiscoveryRequest built = request(classes, id, onlyHiddenData);
        Collector collector = new Collector();
        Thread me = Thread.currentThread();
        ClassLoader before = me.getContextClassLoader();
        // A notebook kernel's context loader may not see the JUnit engine that ships with the workbook.
        me.setContextClassLoader(CheckRunner.class.getClassLoader());
        CheckContext.bind(context);
        try {
            launcher().execute(built, collector);
        } finally {
            CheckContext.unbind();
            me.setContextClassLoader(before);
        }
        return collector.outcomes;
    }

    private static LauncherDiscoveryRequest request(List<Class<?>> classes, String id, boolean onlyHiddenData) {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(classes.stream().map(c -> selectClass(c)).toList())
                .filters(TagFilter.includeTags(id))
                // The checks of one exercise read like a list: run them in the order they are written.
                .configurationParameter("junit.jupiter.testmethod.order.default",
                        "org.junit.jupiter.api.MethodOrderer$OrderAnnotation")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false");
        if (onlyHiddenData) {
            request.filters(TagFilter.includeTags(OnHiddenData.TAG));
        }
        return request.build();
    }

    private static Launcher launcher() {
        return LAUNCHER.get();
    }

    /**
     * Loads the JUnit engine and discovers the checks on a background thread, while the student's code runs elsewhere: in
     * a fresh CLI JVM that is most of the checks' own time.
     */
    static void warmInBackground(List<Class<?>> classes, String id) {
        Thread t = new Thread(() -> {
            ClassLoader before = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(CheckRunner.class.getClassLoader());
            try {
                LauncherFactory.create().discover(request(classes, id, false));
            } catch (RuntimeException | LinkageError e) {
                // only a warm-up: the real run reports whatever is wrong
            } finally {
                Thread.currentThread().setContextClassLoader(before);
            }
        }, "workbook-checks-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static final class Collector implements TestExecutionListener {
        final List<CheckOutcome> outcomes = new ArrayList<>();

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (!id.isTest()) {
                if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                    outcomes.add(new CheckOutcome(id.getDisplayName(), id.getDisplayName(), CheckOutcome.Status.ERROR,
                            message(result), 1, false, false, false, null));
                }
                return;
            }
            CheckOutcome.Status status = switch (result.getStatus()) {
                case SUCCESSFUL -> CheckOutcome.Status.PASS;
                case FAILED -> result.getThrowable().filter(t -> t instanceof AssertionFailedError).isPresent()
                        ? CheckOutcome.Status.FAIL : CheckOutcome.Status.ERROR;
                case ABORTED -> CheckOutcome.Status.FAIL;
            };
            Method m = id.getSource().filter(s -> s instanceof MethodSource).map(s -> ((MethodSource) s).getJavaMethod()).orElse(null);
            outcomes.add(new CheckOutcome(m == null ? id.getDisplayName() : m.getName(), id.getDisplayName(), status,
                    status == CheckOutcome.Status.PASS ? null : message(result),
                    m != null && m.isAnnotationPresent(Points.class) ? m.getAnnotation(Points.class).value() : 1,
                    m != null && m.isAnnotationPresent(Hidden.class), m != null && m.isAnnotationPresent(OnHiddenData.class), false,
                    m != null && m.isAnnotationPresent(Part.class) ? m.getAnnotation(Part.class).value() : null));
        }

        @Override
        public void executionSkipped(TestIdentifier id, String reason) {
            outcomes.add(new CheckOutcome(id.getDisplayName(), id.getDisplayName(), CheckOutcome.Status.FAIL, "not run: " + reason,
                    1, false, false, false, null));
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
