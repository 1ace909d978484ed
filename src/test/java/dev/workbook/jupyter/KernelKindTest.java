package dev.workbook.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KernelKindTest {
    private static final List<String> CP = List.of("/p/target/workbook.jar", "/p/target/lib/*");
    private static final Path FILES = Path.of("/home/u/.workbook/jupyter/workbook-java");

    @Test
    @DisplayName("rapaio gets its classpath joined with ';' on every OS, and its startup script as a file")
    void rapaioUsesSemicolonsAndAnInitScriptFile() {
        Map<String, String> env = KernelKind.RAPAIO.env(CP, FILES, FILES.resolve("init.jsh"), "import x.Y;\n");
        assertThat(env.get("RJK_CLASSPATH")).as("rapaio splits on ';', not the path separator")
                .isEqualTo("/p/target/workbook.jar;/p/target/lib/*");
        assertThat(env.get("RJK_INIT_SCRIPT")).as("rapaio reads the startup code from a file").isEqualTo(FILES.resolve("init.jsh").toString());
        assertThat(env.get("RJK_MIMA_CACHE")).as("the dependency cache must not land in notebooks/")
                .startsWith(FILES.toString());
    }

    @Test
    @DisplayName("IJava and JJava get the OS path separator and the startup code inline")
    void ijavaAndJjavaUseThePathSeparatorAndInlineCode() {
        Map<String, String> ijava = KernelKind.IJAVA.env(CP, FILES, FILES.resolve("init.jsh"), "import x.Y;\n");
        Map<String, String> jjava = KernelKind.JJAVA.env(CP, FILES, FILES.resolve("init.jsh"), "import x.Y;\n");
        String expected = "/p/target/workbook.jar" + File.pathSeparator + "/p/target/lib/*";
        assertThat(ijava).containsEntry("IJAVA_CLASSPATH", expected).containsEntry("IJAVA_STARTUP_SCRIPT", "import x.Y;\n")
                .doesNotContainKey("RJK_CLASSPATH");
        assertThat(jjava).containsEntry("JJAVA_CLASSPATH", expected).containsEntry("JJAVA_STARTUP_SCRIPT", "import x.Y;\n");
    }

    @Test
    @DisplayName("kinds are parsed by name, case-insensitively, and unknown names give null")
    void parsesKindNames() {
        assertThat(KernelKind.parse("IJava")).isEqualTo(KernelKind.IJAVA);
        assertThat(KernelKind.parse("rapaio")).isEqualTo(KernelKind.RAPAIO);
        assertThat(KernelKind.parse("kotlin")).isNull();
    }
}
