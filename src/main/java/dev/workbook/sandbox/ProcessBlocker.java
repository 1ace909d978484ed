package dev.workbook.sandbox;

/**
 * In the student JVM: no script can start a process. The JDK reads {@code jdk.lang.Process.launchMechanism} once,
 * when java.lang.ProcessImpl is initialised; an unknown value makes that initialisation fail, and a class whose
 * initialisation failed is never initialised again. So the worker sets the property on the command line and makes
 * the first ProcessBuilder.start() happen here, before any script runs: from then on every ProcessBuilder.start and
 * Runtime.exec throws NoClassDefFoundError, whatever the script sets the property to.
 */
final class ProcessBlocker {
    static final String PROPERTY = "jdk.lang.Process.launchMechanism";
    static final String VALUE = "WORKBOOK_SANDBOX_NO_PROCESSES";

    private ProcessBlocker() {
    }

    /** Returns true when process creation is now blocked for good. */
    static boolean install() {
        System.setProperty(PROPERTY, VALUE);
        try {
            new ProcessBuilder("true").start().destroyForcibly();
            return false;
        } catch (Throwable expected) {
            try {
                new ProcessBuilder("true").start().destroyForcibly();
                return false;
            } catch (NoClassDefFoundError blocked) {
                return true;
            } catch (Throwable other) {
                return false;
            }
        }
    }

    /** Whether this exception (or a cause) is what a blocked process start throws. */
    static boolean isBlockedStart(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String m = String.valueOf(c.getMessage());
            if ((c instanceof NoClassDefFoundError && m.contains("java.lang.ProcessImpl")) || m.contains(VALUE)) {
                return true;
            }
        }
        return false;
    }
}
