package dev.workbook.jupyter;

import dev.workbook.json.Json;
import dev.workbook.errors.WorkbookException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An IJava or JJava release the user downloaded and unpacked. Its own kernel.json (in the directory or in java/)
 * gives the launch command, with {resource_dir} standing for the directory; without one, the kernel jar is run.
 */
final class ReleaseDir {
    private final Path dir;
    private final Path templateDir;
    private final Map<String, Object> template;

    private ReleaseDir(Path dir, Path templateDir, Map<String, Object> template) {
        this.dir = dir;
        this.templateDir = templateDir;
        this.template = template;
    }

    static ReleaseDir of(Path dir) {
        Path d = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(d)) {
            throw WorkbookException.badInput("--kernel-dir is not a directory").value(d)
                    .next("unzip the IJava or JJava release and pass the unpacked directory").build();
        }
        for (Path candidate : List.of(d, d.resolve("java"))) {
            Path kj = candidate.resolve("kernel.json");
            if (Files.isRegularFile(kj)) {
                try {
                    return new ReleaseDir(d, candidate, Json.parseObject(Files.readString(kj)));
                } catch (IOException | IllegalArgumentException e) {
                    throw WorkbookException.badInput("the release's kernel.json cannot be read").value(kj + ": " + e.getMessage())
                            .next("unzip the release again").build();
                }
            }
        }
        Path jar = jars(d).findFirst().orElseThrow(() -> WorkbookException
                .badInput("no kernel.json and no ijava/jjava jar in --kernel-dir").value(d)
                .next("pass the directory you unzipped the IJava or JJava release into").build());
        return new ReleaseDir(d, jar.getParent(), null);
    }

    /** The kind named by the jar files, when the user did not say --kind. */
    Optional<KernelKind> guessKind() {
        try (Stream<Path> s = jars(dir)) {
            List<String> names = s.map(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)).toList();
            if (names.stream().anyMatch(n -> n.startsWith("jjava"))) {
                return Optional.of(KernelKind.JJAVA);
            }
            if (names.stream().anyMatch(n -> n.startsWith("ijava"))) {
                return Optional.of(KernelKind.IJAVA);
            }
            return Optional.empty();
        }
    }

    /** Copies the release's files into {@code target} and returns the launch command pointing at the copies. */
    List<String> installInto(Path target, String java) {
        copyTree(templateDir, target);
        List<String> argv = new ArrayList<>();
        if (template != null && template.get("argv") instanceof List<?> l && !l.isEmpty()) {
            for (Object a : l) {
                argv.add(String.valueOf(a).replace("{resource_dir}", target.toString()));
            }
            if (argv.get(0).equals("java") || argv.get(0).equals("java.exe")) {
                argv.set(0, java);
            }
            return argv;
        }
        Path jar = jars(target).findFirst().orElseThrow();
        return List.of(java, "-jar", jar.toString(), "{connection_file}");
    }

    /** Environment the release's own kernel.json sets; the workbook's variables are laid over it. */
    Map<String, String> templateEnv() {
        Map<String, String> env = new LinkedHashMap<>();
        if (template != null && template.get("env") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> env.put(String.valueOf(k), String.valueOf(v)));
        }
        return env;
    }

    private static Stream<Path> jars(Path d) {
        try {
            return Files.walk(d, 2).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".jar") && (n.startsWith("ijava") || n.startsWith("jjava"));
            }).sorted();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
