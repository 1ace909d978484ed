package dev.workbook.jupyter;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;

/**
 * Kernel-side (JDK only): every cell value reaches Jupyter as {@code text/plain}, its {@code toString()}, as JShell
 * and the CLI show it. rapaio 3.0.1 sends values as {@code text/html} without escaping, so a browser reads
 * {@code <Student Sammy>} as an unknown tag and shows nothing, and its list form ({@code ArrayList{size:3,[...]}})
 * hides the items the same way. Plain text is what every front end (Notebook 6, Lab 4, VS Code, GitHub) shows as
 * monospaced, escaped text, and needs nothing in the notebooks: they stay kernel-agnostic.
 * <p>
 * Installed as the first display renderer for the default MIME type only: a cell that asks rapaio for a type
 * ({@code display("text/html", ...)}) gets rapaio's own rendering, and so do images and rapaio's tables.
 */
final class KernelValues {
    static final String DISPLAY = "org.rapaio.jupyter.kernel.display.";

    private KernelValues() {
    }

    /** Puts the plain-text renderer in front of rapaio's; returns it (tests call it directly). */
    @SuppressWarnings("unchecked")
    static Object install(ClassLoader cl) throws ReflectiveOperationException {
        Class<?> systemType = Class.forName(DISPLAY + "DisplaySystem", true, cl);
        Object system = systemType.getMethod("inst").invoke(null);
        Class<?> rendererType = Class.forName(DISPLAY + "DisplayRenderer", false, cl);
        Method fromText = Class.forName(DISPLAY + "DisplayData", false, cl).getMethod("fromText", String.class);
        Field systemRenderers = systemType.getDeclaredField("systemDisplayRenderers");
        systemRenderers.setAccessible(true);
        List<Object> rapaios = (List<Object>) systemRenderers.get(system);
        Method rendererClass = rendererType.getMethod("rendererClass");
        Method render = rendererType.getMethod("render", String.class, Object.class);
        Object plain = Proxy.newProxyInstance(cl, new Class<?>[] {rendererType}, (proxy, m, a) -> switch (m.getName()) {
            case "rendererClass" -> Object.class;
            case "canRender" -> a[0] == null; // only the default: an explicit MIME type is the cell's own choice
            case "render" -> {
                for (Object r : rapaios) { // images and rapaio's own tables keep their rendering
                    Class<?> c = (Class<?>) rendererClass.invoke(r);
                    if (c != java.util.Collection.class && a[1] != null && c.isInstance(a[1])) {
                        yield render.invoke(r, a[0], a[1]);
                    }
                }
                yield fromText.invoke(null, text(a[1]));
            }
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == a[0];
            case "toString" -> "workbook plain-text values";
            default -> throw new UnsupportedOperationException(m.getName());
        });
        Field spi = systemType.getDeclaredField("spiDisplayRenderers");
        spi.setAccessible(true);
        ((List<Object>) spi.get(system)).add(0, plain);
        return plain;
    }

    /** What JShell would show: toString(), arrays by content, and "null" (rapaio shows nothing for null). */
    static String text(Object value) {
        if (value == null || value == KernelCells.NULL) {
            return "null";
        }
        if (value.getClass().isArray()) {
            String s = Arrays.deepToString(new Object[] {value});
            return s.substring(1, s.length() - 1);
        }
        return String.valueOf(value);
    }
}
