package dev.workbook.jupyter;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.logging.LogManager;

/**
 * Starts rapaio-jupyter-kernel as its own main class does, with one fix for a start-up race in 3.0.1:
 * {@code Channels.connect} binds the shell socket before it creates its handler map, and Jupyter's
 * kernel_info request, queued while the JVM started, can arrive in between; the shell thread then dies on a
 * NullPointerException and the kernel never answers ("Kernel didn't respond"), about one start in six on a
 * busy machine. An empty map set beforehand makes that early request "unhandled" instead; Jupyter asks again
 * a second later and gets its answer.
 *
 * <p>Runs in the kernel's JVM with only the kernel jar and this class on the classpath, so it uses nothing but
 * the JDK and reflection. If the kernel's insides ever differ, it falls back to the kernel's own main.
 */
public final class RapaioLauncher {
    static final String MAIN = "org.rapaio.jupyter.kernel.MainApp";

    private RapaioLauncher() {
    }

    public static void main(String[] args) throws Exception {
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
        Path file = Path.of(args[0]);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no connection file: " + file);
        }
        Object connection = ((Method) h[2]).invoke(null, Files.readString(file), (Class<?>) h[6]);
        Object channels = ((Constructor<?>) h[1]).newInstance(connection);
        ((Field) h[5]).set(channels, new HashMap<>()); // the fix: never null while the sockets are being bound
        try {
            ((Method) h[3]).invoke(channels, kernel);
        } catch (InvocationTargetException e) {
            // e.g. "Address already in use": Jupyter chose the ports, another program took one first. Exit, so
            // Jupyter sees a dead kernel at once instead of waiting for one whose other threads keep it alive.
            System.err.println("[workbook] the kernel could not open its ports: " + e.getCause());
            System.exit(1);
        }
        ((Method) h[4]).invoke(channels);
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
