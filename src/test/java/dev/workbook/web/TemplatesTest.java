package dev.workbook.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link Templates}: Jinja2-like Pebble templates from text, autoescaped, reading package-private members. */
class TemplatesTest {
    /** Like an entity declared in a JShell cell: package-private class, getters and fields. */
    static class Student {
        private final String firstname;
        final int age;

        Student(String firstname, int age) {
            this.firstname = firstname;
            this.age = age;
        }

        String getFirstname() {
            return firstname;
        }
    }

    @Test
    @DisplayName("pages extend a base template and read package-private getters and fields")
    void extendsAndReadsPackagePrivateMembers() {
        Templates t = new Templates();
        t.add("base.html", "<main>{% block content %}{% endblock %}</main>");
        t.add("students/index.html", """
                {% extends "base.html" %}{% block content %}{% for s in students %}[{{ s.firstname }} {{ s.age }}]{% else %}none{% endfor %}{% endblock %}""");
        assertThat(t.render("students/index.html", Map.of("students", List.of(new Student("Ada", 36), new Student("Carl", 22)))))
                .isEqualTo("<main>[Ada 36][Carl 22]</main>");
        assertThat(t.render("students/index.html", Map.of("students", List.of()))).isEqualTo("<main>none</main>");
        assertThat(t.names()).containsExactly("base.html", "students/index.html");
    }

    @Test
    @DisplayName("what users typed is escaped: <script> becomes text")
    void autoescapes() {
        Templates t = new Templates();
        t.add("x.html", "<td>{{ name }}</td><input value=\"{{ name }}\">");
        assertThat(t.render("x.html", Map.of("name", "<script>alert(\"x\")</script>")))
                .isEqualTo("<td>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</td><input value=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;\">");
    }

    @Test
    @DisplayName("adding a template again (a re-run cell) replaces it, also where other templates extend it")
    void reAddReplaces() {
        Templates t = new Templates();
        t.add("base.html", "old:{% block b %}{% endblock %}");
        t.add("page.html", "{% extends \"base.html\" %}{% block b %}x{% endblock %}");
        assertThat(t.render("page.html", Map.of())).isEqualTo("old:x");
        t.add("base.html", "new:{% block b %}{% endblock %}");
        assertThat(t.render("page.html", Map.of())).isEqualTo("new:x");
    }

    @Test
    @DisplayName("a syntax error fails add() with the template's name and line; a missing template names the ones there are")
    void errorsNameTheTemplate() {
        Templates t = new Templates();
        t.add("ok.html", "fine");
        assertThatThrownBy(() -> t.add("broken.html", "line 1\n{% for x in xs %}never closed"))
                .hasMessageContaining("broken.html:2");
        assertThatThrownBy(() -> t.render("nope.html", Map.of()))
                .hasMessageContaining("no template named 'nope.html'").hasMessageContaining("ok.html");
    }
}
