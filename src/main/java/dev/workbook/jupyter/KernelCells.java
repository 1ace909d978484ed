package dev.workbook.jupyter;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * Kernel-side (JDK only): two changes to how rapaio 3.0.1 runs a cell's code ({@code RapaioExecutionControl}).
 * <ul>
 * <li>Its executor is wrapped to remember what the cell's code threw, unwrapped, with its causes: rapaio passes on
 *     only the class name, message and frames, and {@link KernelErrors} needs the rest.</li>
 * <li>A null value is stored as {@link #NULL}, so {@code sf.find(Student.class, 99L)} shows {@code null} instead of
 *     nothing. Its result map cannot hold null, and statements (which JShell gives the key "") only work because the
 *     failed put is swallowed; the map here answers "" with {@link #NULL}, which rapaio never displays for them.</li>
 * </ul>
 */
final class KernelCells {
    /** Stands for a null value; rendered as "null" by {@link KernelValues}. */
    static final Object NULL = new StringBuilder("null");
    private static volatile Throwable lastThrown;

    private KernelCells() {
    }

    static Throwable lastThrown() {
        return lastThrown;
    }

    @SuppressWarnings("unchecked")
    static void install(Object control) throws ReflectiveOperationException {
        Field executor = control.getClass().getDeclaredField("executor");
        executor.setAccessible(true);
        executor.set(control, capturing((ExecutorService) executor.get(control)));
        Field results = control.getClass().getDeclaredField("results");
        results.setAccessible(true);
        results.set(control, nullTolerant((Map<String, Object>) results.get(control)));
    }

    /** An executor that remembers what the cell's code threw (unwrapped) and turns a null result into {@link #NULL}. */
    static ExecutorService capturing(ExecutorService delegate) {
        return (ExecutorService) Proxy.newProxyInstance(KernelCells.class.getClassLoader(), new Class<?>[] {ExecutorService.class},
                (proxy, m, a) -> {
                    if (m.getName().equals("submit") && a.length == 1 && a[0] instanceof Callable<?> c) {
                        lastThrown = null;
                        Callable<Object> wrapped = () -> {
                            try {
                                Object v = c.call();
                                return v == null ? NULL : v;
                            } catch (InvocationTargetException e) {
                                lastThrown = e.getCause();
                                throw e;
                            } catch (Exception | Error e) {
                                lastThrown = e;
                                throw e;
                            }
                        };
                        return delegate.submit(wrapped);
                    }
                    return forward(m, delegate, a);
                });
    }

    /** rapaio's result map, where taking the key "" (a statement's: it has no value) gives {@link #NULL}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> nullTolerant(Map<String, Object> delegate) {
        Map<String, Object> map = delegate != null ? delegate : new ConcurrentHashMap<>();
        return (Map<String, Object>) Proxy.newProxyInstance(KernelCells.class.getClassLoader(), new Class<?>[] {Map.class},
                (proxy, m, a) -> {
                    if (m.getName().equals("remove") && a.length == 1 && "".equals(a[0])) {
                        return NULL;
                    }
                    return forward(m, map, a);
                });
    }

    private static Object forward(java.lang.reflect.Method m, Object target, Object[] a) throws Throwable {
        try {
            return m.invoke(target, a);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
