package dev.workbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.config.Versions;
import dev.workbook.testing.CliRun;
import dev.workbook.testing.JupyterTesting;
import dev.workbook.testing.TestHomes;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** workbook kernel install / status / uninstall against the real jupyter, in a private Jupyter data directory. */
class KernelCommandTest {
    private Path home;
    private Path jupyterDir;
    private Map<String, String> env;

    @BeforeEach
    void setUp() {
        JupyterTesting.requireJupyter();
        home = TestHomes.fresh("kernel-home");
        jupyterDir = TestHomes.fresh("kernel-jupyter");
        env = JupyterTesting.env(home, jupyterDir);
        env.put("WORKBOOK_PROVIDER", "embedded");
        env.put("WORKBOOK_DB_PASSWORD", "must-not-leak");
    }

    private Path specDir(String name) {
        return jupyterDir.resolve("data").resolve("kernels").resolve(name);
    }

    @Test
    @DisplayName("install writes a kernelspec that runs the rapaio jar from Maven with the workbook's classpath and settings")
    void installWritesTheKernelspec() throws Exception {
        CliRun r = JupyterTesting.cli(env, "kernel", "install", "--no-archive", "--classpath", JupyterTesting.buildClasspath());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        Path kernelJson = specDir("workbook-java").resolve("kernel.json");
        assertThat(kernelJson).as("installed into $JUPYTER_DATA_DIR/kernels/workbook-java").exists();
        Map<String, Object> spec = dev.workbook.jupyter.JsonAccess.parse(Files.readString(kernelJson));
        String jar = home.resolve("jupyter/workbook-java/rapaio-jupyter-kernel-" + Versions.get("rapaio-kernel.version") + ".jar").toString();
        String launcher = home.resolve("jupyter/workbook-java/launcher.jar").toString();
        assertThat(spec.get("argv")).as("this JDK's java runs the kernel jar copied into the workbook home, through the launcher,"
                        + " with its class-data archive when there is one")
                .isEqualTo(java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                        "-XX:SharedArchiveFile=" + home.resolve("jupyter/workbook-java/kernel.jsa"),
                        "--add-opens=jdk.jshell/jdk.jshell.execution=ALL-UNNAMED", "-cp",
                        jar + File.pathSeparator + launcher, "dev.workbook.jupyter.RapaioLauncher", "{connection_file}"));
        assertThat(Path.of(launcher)).exists();
        assertThat(Path.of(jar)).exists();
        assertThat(spec).containsEntry("language", "java").containsEntry("display_name", "Java (workbook)");
        @SuppressWarnings("unchecked")
        Map<String, String> kernelEnv = (Map<String, String>) spec.get("env");
        String[] cp = kernelEnv.get("RJK_CLASSPATH").split(";");
        assertThat(cp).as("rapaio's classpath is ';'-separated and holds the workbook's classes and libraries")
                .hasSize(JupyterTesting.buildClasspath().split(File.pathSeparator).length)
                .anyMatch(e -> e.endsWith("target" + File.separator + "classes"))
                .anyMatch(e -> e.contains("hibernate-core"));
        assertThat(kernelEnv.get("RJK_CLASSPATH")).doesNotContain(File.pathSeparator.equals(";") ? "\0" : File.pathSeparator);
        assertThat(Files.readString(Path.of(kernelEnv.get("RJK_INIT_SCRIPT")))).contains("import dev.workbook.Workbook;");
        assertThat(kernelEnv).containsEntry("WORKBOOK_HOME", home.toString()).containsEntry("WORKBOOK_PROVIDER", "embedded")
                .containsEntry("WORKBOOK_KERNEL_LOG", home.resolve("logs/kernel.log").toString());
        assertThat(Files.readString(kernelJson)).as("passwords stay out of kernel.json").doesNotContain("must-not-leak");
        assertThat(r.out()).contains("WORKBOOK_DB_PASSWORD is not written into kernel.json");

        CliRun status = JupyterTesting.cli(env, "kernel", "status");
        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(status.out()).contains(kernelJson.toString(), "files:      all present");
    }

    @Test
    @DisplayName("installing twice leaves one identical kernelspec; uninstall removes it and its files, twice is harmless")
    void reinstallAndUninstall() throws Exception {
        String cp = JupyterTesting.buildClasspath();
        assertThat(JupyterTesting.cli(env, "kernel", "install", "--no-archive", "--classpath", cp).exitCode()).isZero();
        String first = Files.readString(specDir("workbook-java").resolve("kernel.json"));
        CliRun again = JupyterTesting.cli(env, "kernel", "install", "--no-archive", "--classpath", cp);
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(Files.readString(specDir("workbook-java").resolve("kernel.json"))).isEqualTo(first);
        try (Stream<Path> s = Files.list(specDir("workbook-java").getParent())) {
            assertThat(s.toList()).as("no second copy").containsExactly(specDir("workbook-java"));
        }

        CliRun un = JupyterTesting.cli(env, "kernel", "uninstall");
        assertThat(un.exitCode()).as(un.toString()).isZero();
        assertThat(un.out()).contains("removed kernel workbook-java");
        assertThat(specDir("workbook-java")).doesNotExist();
        assertThat(home.resolve("jupyter/workbook-java")).as("the kernel jar copy goes too").doesNotExist();
        CliRun twice = JupyterTesting.cli(env, "kernel", "uninstall");
        assertThat(twice.exitCode()).isZero();
        assertThat(twice.out()).contains("not installed; nothing to remove");
        CliRun status = JupyterTesting.cli(env, "kernel", "status");
        assertThat(status.exitCode()).as("status of a missing kernel: environment not ready").isEqualTo(3);
        assertThat(status.err()).contains("next: workbook kernel install");
    }

    @Test
    @DisplayName("--prefix installs under PREFIX/share/jupyter/kernels and uninstall --prefix removes it from there")
    void prefixInstall() {
        Path prefix = TestHomes.fresh("kernel-prefix");
        CliRun r = JupyterTesting.cli(env, "kernel", "install", "--no-archive", "--prefix", prefix.toString(), "--name", "wb-prefix",
                "--classpath", JupyterTesting.buildClasspath());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        Path spec = prefix.resolve("share/jupyter/kernels/wb-prefix/kernel.json");
        assertThat(spec).exists();
        assertThat(r.out()).contains(spec.toString());
        CliRun un = JupyterTesting.cli(env, "kernel", "uninstall", "--prefix", prefix.toString(), "--name", "wb-prefix");
        assertThat(un.exitCode()).as(un.toString()).isZero();
        assertThat(spec).doesNotExist();
    }

    @Test
    @DisplayName("an IJava release directory gives a kernel with IJAVA_CLASSPATH in the OS path separator")
    void ijavaFromAReleaseDirectory() throws Exception {
        Path release = TestHomes.fresh("ijava-release");
        Files.createDirectories(release.resolve("java"));
        Files.writeString(release.resolve("java/kernel.json"),
                "{\"argv\": [\"java\", \"-jar\", \"{resource_dir}/ijava-1.3.0.jar\", \"{connection_file}\"], \"display_name\": \"Java\", \"language\": \"java\"}");
        Files.writeString(release.resolve("java/ijava-1.3.0.jar"), "stand-in: IJava itself is a GitHub download");
        CliRun r = JupyterTesting.cli(env, "kernel", "install", "--kernel-dir", release.toString(), "--name", "wb-ijava",
                "--classpath", JupyterTesting.buildClasspath());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        String json = Files.readString(specDir("wb-ijava").resolve("kernel.json"));
        assertThat(json).contains("\"IJAVA_CLASSPATH\"", "\"IJAVA_STARTUP_SCRIPT\"", "\"kind\": \"ijava\"",
                home.resolve("jupyter/wb-ijava/kernel/ijava-1.3.0.jar").toString()).doesNotContain("RJK_CLASSPATH", "{resource_dir}");
    }

    @Test
    @DisplayName("uninstall refuses to remove a kernel the workbook did not install")
    void uninstallLeavesForeignKernelsAlone() throws Exception {
        Path foreign = specDir("someone-elses");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("kernel.json"), "{\"argv\": [\"python3\"], \"display_name\": \"x\", \"language\": \"python\"}");
        CliRun r = JupyterTesting.cli(env, "kernel", "uninstall", "--name", "someone-elses");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("not installed by the workbook", "jupyter kernelspec remove someone-elses");
        assertThat(foreign.resolve("kernel.json")).exists();
    }

    @Test
    @DisplayName("contradictory or incomplete choices are bad input (exit 2) and install nothing")
    void badChoicesAreRefused() {
        CliRun ijava = JupyterTesting.cli(env, "kernel", "install", "--kind", "ijava");
        assertThat(ijava.exitCode()).as(ijava.toString()).isEqualTo(2);
        assertThat(ijava.err()).contains("needs the release you downloaded", "--kernel-dir");
        CliRun both = JupyterTesting.cli(env, "kernel", "install", "--prefix", "/tmp/x", "--sys-prefix");
        assertThat(both.exitCode()).as(both.toString()).isEqualTo(2);
        CliRun kind = JupyterTesting.cli(env, "kernel", "install", "--kind", "kotlin");
        assertThat(kind.exitCode()).isEqualTo(2);
        assertThat(kind.err()).contains("unknown kernel kind: kotlin", "rapaio, ijava or jjava");
        assertThat(specDir("workbook-java")).doesNotExist();
    }
}
