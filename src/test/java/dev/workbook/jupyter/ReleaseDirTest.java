package dev.workbook.jupyter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.workbook.errors.ExitCode;
import dev.workbook.errors.WorkbookException;
import dev.workbook.testing.TestHomes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReleaseDirTest {
    @Test
    @DisplayName("a JJava release's own kernel.json is the template: {resource_dir} points at the copy, java at this JDK")
    void jjavaTemplateIsRewritten() throws Exception {
        Path release = TestHomes.fresh("jjava-release");
        Files.writeString(release.resolve("kernel.json"), """
                {"argv": ["java", "-jar", "{resource_dir}/jjava-launcher.jar", "{resource_dir}/jjava.jar", "{connection_file}"],
                 "display_name": "Java", "language": "java", "env": {"JJAVA_TIMEOUT": "-1"}}
                """);
        Files.writeString(release.resolve("jjava.jar"), "not really a jar");
        Files.writeString(release.resolve("jjava-launcher.jar"), "not really a jar");
        ReleaseDir r = ReleaseDir.of(release);
        Path target = TestHomes.fresh("jjava-files");
        List<String> argv = r.installInto(target, "/opt/jdk/bin/java");
        assertThat(r.guessKind()).as("the jar names say JJava").contains(KernelKind.JJAVA);
        assertThat(argv).containsExactly("/opt/jdk/bin/java", "-jar", target + "/jjava-launcher.jar",
                target + "/jjava.jar", "{connection_file}");
        assertThat(target.resolve("jjava.jar")).as("the release's files are copied next to the kernel").exists();
        assertThat(r.templateEnv()).containsEntry("JJAVA_TIMEOUT", "-1");
    }

    @Test
    @DisplayName("an IJava release without kernel.json (java/ijava-1.3.0.jar) is run with java -jar")
    void ijavaJarOnly() throws Exception {
        Path release = TestHomes.fresh("ijava-release");
        Files.createDirectories(release.resolve("java"));
        Files.writeString(release.resolve("java/ijava-1.3.0.jar"), "not really a jar");
        ReleaseDir r = ReleaseDir.of(release);
        Path target = TestHomes.fresh("ijava-files");
        assertThat(r.guessKind()).contains(KernelKind.IJAVA);
        assertThat(r.installInto(target, "/opt/jdk/bin/java"))
                .containsExactly("/opt/jdk/bin/java", "-jar", target.resolve("ijava-1.3.0.jar").toString(), "{connection_file}");
    }

    @Test
    @DisplayName("a directory with neither kernel.json nor a kernel jar is refused as bad input, naming the directory")
    void emptyDirectoryIsRefused() {
        Path empty = TestHomes.fresh("not-a-release");
        assertThatThrownBy(() -> ReleaseDir.of(empty)).isInstanceOfSatisfying(WorkbookException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(e.value()).isEqualTo(empty.toString());
        });
    }
}
