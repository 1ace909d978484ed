package dev.workbook.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Cell values through the pinned rapaio kernel's own display system, with the launcher's renderer installed. */
class KernelValuesTest {
    private static URLClassLoader kernel;
    private static Object system;

    /** An entity as the chapters write them: Flask-style toString. */
    record Student(String firstname) {
        @Override
        public String toString() {
            return "<Student " + firstname + ">";
        }
    }

    @BeforeAll
    static void loadKernel() throws Exception {
        kernel = new URLClassLoader(new URL[] {ProjectDir.detect().rapaioJar().toUri().toURL()}, KernelValuesTest.class.getClassLoader());
        KernelValues.install(kernel);
        system = Class.forName(KernelValues.DISPLAY + "DisplaySystem", true, kernel).getMethod("inst").invoke(null);
    }

    @AfterAll
    static void close() throws Exception {
        kernel.close();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> render(Object value) throws Exception {
        Object dd = system.getClass().getMethod("render", Object.class).invoke(system, value);
        return (Map<String, Object>) dd.getClass().getMethod("data").invoke(dd);
    }

    @Test
    @DisplayName("an entity, a list of entities, a map and a string with < > & reach Jupyter as their plain text, no HTML")
    void valuesArePlainText() throws Exception {
        assertThat(render(new Student("Sammy"))).containsExactly(Map.entry("text/plain", "<Student Sammy>"));
        assertThat(render(List.of(new Student("Sammy"), new Student("Carl"))))
                .containsExactly(Map.entry("text/plain", "[<Student Sammy>, <Student Carl>]"));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a<b", new Student("john"));
        assertThat(render(map)).containsExactly(Map.entry("text/plain", "{a<b=<Student john>}"));
        assertThat(render("x < y && y > z")).containsExactly(Map.entry("text/plain", "x < y && y > z"));
        assertThat(render(new int[] {1, 2})).containsExactly(Map.entry("text/plain", "[1, 2]"));
        assertThat(render(KernelCells.NULL)).containsExactly(Map.entry("text/plain", "null"));
    }

    @Test
    @DisplayName("rapaio's own HTML stays when a cell asks for a type itself")
    void explicitMimeKeepsRapaiosRendering() throws Exception {
        Object dd = system.getClass().getMethod("render", String.class, Object.class).invoke(system, "text/html", "<b>x</b>");
        assertThat(((Map<?, ?>) dd.getClass().getMethod("data").invoke(dd)).containsKey("text/html")).isTrue();
    }
}
