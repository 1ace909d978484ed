package dev.workbook.chapters;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionEnv;
import jdk.jshell.spi.ExecutionControlProvider;

/**
 * JShell's local execution engine (snippets run in this JVM, their classes load through the system class
 * loader first, so they share the Workbook facade's state), keeping the exception a snippet threw.
 * JShell itself only passes on the class name and message; the runner needs the real object to read
 * SQL error codes from the cause chain. On JDK 17 to 19 it also runs each snippet itself, waiting for the snippet's
 * own thread only (see {@link Control#invoke}).
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
        /** Where ThreadGroup.stop still works; later JDKs stop snippets their own way, so they keep JShell's invoke. */
        private static final boolean OWN_INVOKE = Runtime.version().feature() < 20;
        volatile Throwable thrown;
        private volatile ThreadGroup group;

        /**
         * As JShell's own (a new thread in a new thread group per snippet; an uncaught ThreadDeath means stopped), except
         * that it waits for the snippet's thread alone. JShell also joins every thread of the group that is alive just
         * after the start, so a thread the snippet starts at once (an HttpClient's selector and pool, which live until the
         * client is collected or a minute idle) could hold a finished snippet until the wall time: an intermittent hang,
         * seen in the web exercises' checks under load.
         */
        @Override
        @SuppressWarnings("removal")
        protected String invoke(Method doitMethod) throws Exception {
            if (!OWN_INVOKE) {
                return super.invoke(doitMethod);
            }
            ThreadGroup g = new ThreadGroup("JShell process local execution");
            group = g;
            AtomicReference<Exception> failed = new AtomicReference<>();
            AtomicBoolean stopped = new AtomicBoolean();
            Object[] result = new Object[1];
            Thread t = new Thread(g, () -> {
                try {
                    result[0] = doitMethod.invoke(null);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof ThreadDeath) {
                        stopped.set(true);
                    } else {
                        failed.set(e);
                    }
                } catch (IllegalAccessException e) {
                    failed.set(e);
                } catch (ThreadDeath e) {
                    stopped.set(true);
                }
            });
            t.setUncaughtExceptionHandler((thread, e) -> {
                if (e instanceof ThreadDeath) {
                    stopped.set(true);
                }
            });
            t.start();
            t.join();
            if (stopped.get()) {
                throw new StoppedException();
            }
            if (failed.get() != null) {
                throw failed.get();   // the caller converts it, as it does JShell's own
            }
            return valueString(result[0]);
        }

        @Override
        @SuppressWarnings({"deprecation", "removal"})
        public void stop() throws EngineTerminationException, InternalException {
            ThreadGroup g = group;
            if (!OWN_INVOKE || g == null) {
                super.stop();
                return;
            }
            g.stop();
        }

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
