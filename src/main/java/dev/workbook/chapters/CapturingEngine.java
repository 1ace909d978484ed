package dev.workbook.chapters;

import java.util.Map;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionEnv;
import jdk.jshell.spi.ExecutionControlProvider;

/**
 * JShell's local execution engine (snippets run in this JVM, their classes load through the system class
 * loader first, so they share the Workbook facade's state), keeping the exception a snippet threw.
 * JShell itself only passes on the class name and message; the runner needs the real object to read
 * SQL error codes from the cause chain.
 */
final class CapturingEngine implements ExecutionControlProvider {
    private volatile Control control;

    @Override
    public String name() {
        return "workbook-local";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        control = new Control();
        return control;
    }

    /** What the last snippet threw, or null; reset before each snippet. */
    Throwable takeThrown() {
        Control c = control;
        if (c == null) {
            return null;
        }
        Throwable t = c.thrown;
        c.thrown = null;
        return t;
    }

    private static final class Control extends LocalExecutionControl {
        volatile Throwable thrown;

        @Override
        protected String throwConvertedInvocationException(Throwable cause) throws RunException, InternalException {
            thrown = cause;
            return super.throwConvertedInvocationException(cause);
        }

        @Override
        protected String throwConvertedOtherException(Throwable ex) throws RunException, InternalException {
            thrown = ex;
            return super.throwConvertedOtherException(ex);
        }
    }
}
