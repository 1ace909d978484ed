package dev.workbook.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts the workbook CLI in a separate JVM, as a user's second terminal would. */
public final class JavaProcess {
    private JavaProcess() {
    }

    public static Process start(Map<String, String> env, Path output, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("dev.workbook.cli.Main");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        return pb.start();
    }

    /** Runs to completion (at most two minutes) and returns exit code and output. */
    public static Result run(Map<String, String> env, Path output, String... args) throws IOException, InterruptedException {
        Process p = start(env, output, args);
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("workbook " + String.join(" ", args) + " did not finish in 2 minutes");
        }
        return new Result(p.exitValue(), java.nio.file.Files.readString(output, StandardCharsets.UTF_8));
    }

    public record Result(int exitCode, String output) {
    }
}
