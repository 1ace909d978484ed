package dev.workbook.jupyter;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jdk.jshell.JShell;

/**
 * Kernel-side (JDK only): errors in cells in the CLI's style. rapaio 3.0.1 keeps only the class name, message and
 * frames of what a cell threw (the cause chain, where the SQL error code and "Communications link failure" live, is
 * lost) and prints a 30-frame trace. This keeps the real exception as the cell's code throws it, asks the workbook's
 * {@value #EXPLAINER} (loaded from the notebook's own classpath, so it can read the error catalogue) for what failed,
 * the value, the next step and the page, and shows that instead. rapaio's own text, with the full cause chain, is
 * kept for {@code Workbook.lastError()} ({@value #LAST_ERROR} in the system properties, which both class loaders share).
 * When the explainer has nothing to say, or anything here fails, rapaio's own formatting is used unchanged.
 */
final class KernelErrors {
    static final String EXPLAINER = "dev.workbook.jupyter.CellErrors";
    static final String LAST_ERROR = "workbook.cell.lastError";
    private static final String CORE = "org.rapaio.jupyter.kernel.core.";
    /** The kernel log (System.err at install time: cells rebind System.err while they run). */
    private static java.io.PrintStream LOG = System.err;

    private KernelErrors() {
    }

    /** Wraps the cell executor of the kernel's JShell and registers the error formatters; needs the kernel built. */
    @SuppressWarnings("unchecked")
    static void install(Object kernel) throws ReflectiveOperationException {
        ClassLoader cl = kernel.getClass().getClassLoader();
        LOG = System.err;
        Object engine = kernel.getClass().getMethod("javaEngine").invoke(kernel);
        Object control = control(engine);
        KernelCells.install(control);

        Class<?> formatters = Class.forName(CORE + "format.ErrorFormatters", true, cl);
        Field mapField = formatters.getDeclaredField("map");
        mapField.setAccessible(true);
        Map<Class<?>, Object> map = (Map<Class<?>, Object>) mapField.get(null);
        Method generic = formatters.getDeclaredMethod("genericFormatException", kernel.getClass(), Throwable.class);
        generic.setAccessible(true);
        Class<?> formatterType = Class.forName(CORE + "format.ErrorFormatter", false, cl);
        ClassLoader cells = cellLoader(control);
        for (String name : List.of("jdk.jshell.EvalException", CORE + "java.CompilerException",
                "jdk.jshell.UnresolvedReferenceException")) {
            Class<?> type = Class.forName(name, false, cl);
            Object original = map.get(type);
            InvocationHandler h = (proxy, m, a) -> switch (m.getName()) {
                case "format" -> format(a[0], (Throwable) a[1], original, generic, cells);
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == a[0];
                default -> "workbook error formatter";
            };
            map.put(type, Proxy.newProxyInstance(cl, new Class<?>[] {formatterType}, h));
        }
    }

    private static Object control(Object engine) throws ReflectiveOperationException {
        Field id = engine.getClass().getDeclaredField("executionId");
        Field provider = engine.getClass().getDeclaredField("controlProvider");
        id.setAccessible(true);
        provider.setAccessible(true);
        Object p = provider.get(engine);
        return p.getClass().getMethod("getRegisteredControl", String.class).invoke(p, id.get(engine));
    }

    /**
     * The class loader of the cells (JShell's, holding RJK_CLASSPATH): DirectExecutionControl's loader delegate keeps
     * it in a field; its findClass only answers for classes already loaded, so it is of no use here.
     */
    static ClassLoader cellLoader(Object control) throws ReflectiveOperationException {
        for (Class<?> c = control.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField("loaderDelegate");
                f.setAccessible(true);
                Object delegate = f.get(control);
                Field loader = delegate.getClass().getDeclaredField("loader");
                loader.setAccessible(true);
                return (ClassLoader) loader.get(delegate);
            } catch (NoSuchFieldException e) {
                // up to jdk.jshell.execution.DirectExecutionControl
            }
        }
        throw new NoSuchFieldException("loaderDelegate");
    }

    /** The cell's error as lines of a Jupyter traceback: the workbook's explanation, or rapaio's text. */
    @SuppressWarnings("unchecked")
    static List<String> format(Object kernel, Throwable e, Object original, Method generic, ClassLoader cells) {
        List<String> raw;
        try {
            raw = original != null ? (List<String>) formatMethod(original).invoke(original, kernel, e)
                    : (List<String>) generic.invoke(null, kernel, e);
        } catch (ReflectiveOperationException | RuntimeException failed) {
            raw = List.of(e.toString());
        }
        Throwable thrown = matching(e);
        remember(raw, thrown);
        try {
            Object engine = kernel.getClass().getMethod("javaEngine").invoke(kernel);
            JShell shell = (JShell) engine.getClass().getMethod("getShell").invoke(engine);
            List<String> problems = new ArrayList<>();
            String source = KernelSnippets.problems(shell, e, problems);
            Class<?> explainer = Class.forName(EXPLAINER, true, cells);
            Object lines = explainer.getMethod("explain", Throwable.class, String.class, List.class, List.class)
                    .invoke(null, thrown, source, problems, KernelSnippets.activeSources(shell));
            if (lines instanceof List<?> l && !l.isEmpty()) {
                List<String> out = new ArrayList<>();
                l.forEach(o -> out.add(String.valueOf(o)));
                return out;
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError failed) {
            // no explainer on this kernel's classpath, or it failed: rapaio's own text below, the reason in the log
            LOG.println("[workbook] no explanation for " + e.getClass().getSimpleName() + ": " + (failed instanceof java.lang.reflect.InvocationTargetException t ? t.getCause() : failed));
        }
        return raw;
    }

    /** ErrorFormatter.format of rapaio's formatter (a lambda: its own class is hidden, the interface method is not). */
    private static Method formatMethod(Object formatter) {
        for (Class<?> i : formatter.getClass().getInterfaces()) {
            for (Method m : i.getMethods()) {
                if (m.getName().equals("format") && m.getParameterCount() == 2) {
                    return m;
                }
            }
        }
        throw new IllegalStateException("not an ErrorFormatter: " + formatter);
    }

    /** The exception the cell threw, when it is the one rapaio reports (same class name). */
    private static Throwable matching(Throwable reported) {
        Throwable t = KernelCells.lastThrown();
        if (t == null) {
            return null;
        }
        try {
            Object name = reported.getClass().getMethod("getExceptionClassName").invoke(reported);
            return t.getClass().getName().equals(name) ? t : null;
        } catch (ReflectiveOperationException e) {
            return null; // not an EvalException: a compile error, no exception of the cell's own
        }
    }

    private static void remember(List<String> raw, Throwable thrown) {
        StringBuilder sb = new StringBuilder();
        raw.forEach(l -> sb.append(l.replaceAll("\u001B\\[[;\\d]*m", "")).append(System.lineSeparator()));
        if (thrown != null) {
            StringWriter w = new StringWriter();
            thrown.printStackTrace(new PrintWriter(w));
            sb.append(System.lineSeparator()).append("The exception as thrown, with its causes:").append(System.lineSeparator())
                    .append(w);
        }
        System.getProperties().put(LAST_ERROR, sb.toString());
    }
}
