package dev.workbook.jupyter;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.LogManager;

/**
 * Starts rapaio-jupyter-kernel as its own main class does, with fixes for two start-up races in 3.0.1 that leave
 * a kernel that never answers ("Kernel didn't respond in 60 seconds"), seen in about one start in ten on a busy
 * machine:
 * <ul>
 * <li>{@code Channels.connect} binds the shell socket before it creates its handler map, and Jupyter's
 *     kernel_info request, queued while the JVM started, can arrive in between: the shell thread dies on a
 *     NullPointerException. A map set beforehand holds that request until connect has filled the real one.</li>
 * <li>{@code LoopThread.start()} sets {@code running} only after {@code Thread.start()}, so a loop thread that
 *     runs at once sees false and ends: the shell (or control, or heartbeat) channel goes deaf. A watchdog
 *     restarts such a thread, recognised as dead while {@code running} is true (a shut-down one has false).</li>
 * </ul>
 * It also makes values plain text ({@link KernelValues}), errors explained ({@link KernelErrors}) and the kernel
 * quiet ({@link KernelLog}). Runs in the kernel's JVM with only the kernel jar and {@link #CLASSES} on the classpath,
 * so those use nothing but the JDK and reflection, and have no nested classes (each is one .class file). If the
 * kernel's insides differ, it starts the kernel's own main.
 */
public final class RapaioLauncher {
    static final String MAIN = "org.rapaio.jupyter.kernel.MainApp";
    /** The classes copied next to the kernel jar: this launcher and its helpers, all JDK-only. */
    static final java.util.List<Class<?>> CLASSES = java.util.List.of(RapaioLauncher.class, KernelLog.class,
            KernelValues.class, KernelCells.class, KernelErrors.class, KernelSnippets.class);

    private RapaioLauncher() {
    }

    public static void main(String[] args) throws Exception {
        // Kernel chatter goes to the log file named in kernel.json; the kernel swaps System.err while cells run,
        // so this stream (the log, or Jupyter's stderr when there is no log) is kept for the launcher's own notes.
        KernelLog.redirect(System.getenv(KernelLog.ENV));
        java.io.PrintStream err = System.err;
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            err.println("[workbook] kernel thread " + t.getName() + " died:");
            e.printStackTrace(err);
        });
        Class<?> mainApp = Class.forName(MAIN); // its static initialiser creates the kernel (JShell), as with -jar
        Object[] h;
        Object kernel;
        try {
            h = lookup(mainApp.getClassLoader());
            kernel = ((Field) h[0]).get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("[workbook] this kernel version differs from 3.0.1 (" + e + "); starting it unchanged");
            mainApp.getMethod("main", String[].class).invoke(null, (Object) args);
            return;
        }
        LogManager.getLogManager().readConfiguration(mainApp.getClassLoader().getResourceAsStream("logging.properties"));
        try {
            KernelValues.install(mainApp.getClassLoader());
            KernelErrors.install(kernel);
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("[workbook] plain-text values or cell error messages are not available (" + e + ")");
        }
        Path file = Path.of(args[0]);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no connection file: " + file);
        }
        Object connection = ((Method) h[2]).invoke(null, Files.readString(file), (Class<?>) h[6]);
        Object channels = ((Constructor<?>) h[1]).newInstance(connection);
        java.util.concurrent.CountDownLatch connected = new java.util.concurrent.CountDownLatch(1);
        ((Field) h[5]).set(channels, waitingHandlers((Field) h[5], channels, connected)); // never null while binding
        try {
            ((Method) h[3]).invoke(channels, kernel);
            connected.countDown();
        } catch (InvocationTargetException e) {
            // e.g. "Address already in use": Jupyter chose the ports, another program took one first. Exit, so
            // Jupyter sees a dead kernel at once instead of waiting for one whose other threads keep it alive.
            System.err.println("[workbook] the kernel could not open its ports: " + e.getCause());
            System.exit(1);
        }
        Thread watchdog = new Thread(() -> watch(channels), "workbook-loop-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        ((Method) h[4]).invoke(channels);
    }

    /**
     * The handler map in place while {@code connect} binds the sockets: a request that arrives meanwhile (Jupyter's
     * first kernel_info) waits until connect has filled the real map, then gets its real handler. Dropping it instead
     * ("Unhandled message") left classic Notebook 6 waiting 60 s for a reply before it showed "Kernel ready".
     */
    @SuppressWarnings("unchecked")
    static java.util.Map<Object, Object> waitingHandlers(Field field, Object channels, java.util.concurrent.CountDownLatch connected) {
        return (java.util.Map<Object, Object>) java.lang.reflect.Proxy.newProxyInstance(RapaioLauncher.class.getClassLoader(),
                new Class<?>[] {java.util.Map.class}, (proxy, m, a) -> {
                    if (m.getName().equals("get")) {
                        connected.await(30, java.util.concurrent.TimeUnit.SECONDS);
                        Object real = field.get(channels);
                        return real != proxy && real instanceof java.util.Map<?, ?> map ? map.get(a[0]) : null;
                    }
                    return switch (m.getName()) {
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == a[0];
                        case "toString" -> "handlers (waiting for connect)";
                        default -> m.invoke(java.util.Map.of(), a);
                    };
                });
    }

    /** For the first minute, restarts loop threads that ended at once; afterwards the race cannot happen. */
    static void watch(Object channels) {
        long end = System.nanoTime() + 60_000_000_000L;
        try {
            while (System.nanoTime() < end) {
                reviveLoops(channels);
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("[workbook] loop watchdog stopped: " + e);
        }
    }

    /** Replaces each channel loop thread that is dead although running is true; returns how many. */
    static int reviveLoops(Object channels) throws ReflectiveOperationException {
        Field all = channels.getClass().getDeclaredField("channels");
        all.setAccessible(true);
        int revived = 0;
        for (Object channel : (Iterable<?>) all.get(channels)) {
            Field field;
            try {
                field = channel.getClass().getDeclaredField("loopThread");
            } catch (NoSuchFieldException e) {
                continue; // iopub and stdin have no loop of their own
            }
            field.setAccessible(true);
            Thread old = (Thread) field.get(channel);
            if (old == null || old.isAlive()) {
                continue;
            }
            Class<?> loop = old.getClass();
            Field running = loop.getDeclaredField("running");
            running.setAccessible(true);
            if (!running.getBoolean(old)) {
                continue; // shut down on purpose
            }
            Field sleep = loop.getDeclaredField("sleep");
            Field body = loop.getDeclaredField("loopBody");
            sleep.setAccessible(true);
            body.setAccessible(true);
            Thread fresh = (Thread) loop.getConstructor(String.class, long.class, Runnable.class)
                    .newInstance(old.getName(), sleep.getLong(old), body.get(old));
            running.setBoolean(fresh, true); // before it starts, so this one cannot see false
            field.set(channel, fresh);
            fresh.start();
            System.err.println("[workbook] restarted the " + channel.getClass().getSimpleName() + " loop (" + old.getName()
                    + "), which ended as it started (rapaio start-up race)");
            revived++;
        }
        return revived;
    }

    /**
     * The kernel's members this launcher uses, looked up without initialising anything: {kernel field, Channels
     * constructor, Transform.fromJson, Channels.connect, Channels.joinUntilClose, Channels.handlers,
     * ConnectionProperties}. An array, not a record: this class must stay a single .class file.
     */
    static Object[] lookup(ClassLoader cl) throws ReflectiveOperationException {
        Class<?> mainApp = Class.forName(MAIN, false, cl);
        Field kernel = mainApp.getDeclaredField("kernel");
        kernel.setAccessible(true);
        Class<?> props = Class.forName("org.rapaio.jupyter.kernel.core.ConnectionProperties", false, cl);
        Class<?> channels = Class.forName("org.rapaio.jupyter.kernel.channels.Channels", false, cl);
        Class<?> kernelType = Class.forName("org.rapaio.jupyter.kernel.core.RapaioKernel", false, cl);
        Method fromJson = Class.forName("org.rapaio.jupyter.kernel.core.Transform", false, cl)
                .getMethod("fromJson", String.class, Class.class);
        Field handlers = channels.getDeclaredField("handlers");
        handlers.setAccessible(true);
        if (!kernel.getType().equals(kernelType) || !handlers.getType().equals(java.util.Map.class)) {
            throw new NoSuchFieldException("kernel or handlers changed type");
        }
        return new Object[] {kernel, channels.getConstructor(props), fromJson, channels.getMethod("connect", kernelType),
            channels.getMethod("joinUntilClose"), handlers, props};
    }
}
