package dev.workbook.jupyter;

import dev.workbook.json.Json;
import dev.workbook.errors.WorkbookException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Installs, finds and removes the workbook's Java kernelspec. The kernel's support files (kernel jar, startup
 * script) live in the workbook home, under jupyter/NAME, so the spec itself is one kernel.json that
 * `jupyter kernelspec install` can put wherever the user asked (user dir, --prefix, --sys-prefix).
 */
public final class KernelInstaller {
    public static final String DEFAULT_NAME = "workbook-java";
    public static final String DEFAULT_DISPLAY_NAME = "Java (workbook)";
    /** Startup code: only what cannot change a notebook's meaning, so notebooks still run on a bare kernel. */
    static final String INIT_CODE = "import dev.workbook.Workbook;\n";
    static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final Pattern INSTALLED = Pattern.compile("Installed kernelspec (\\S+) in (.+)");

    private final Jupyter jupyter;
    private final ProjectDir project;

    public KernelInstaller(Jupyter jupyter, ProjectDir project) {
        this.jupyter = jupyter;
        this.project = project;
    }

    /** What to install. {@code classpath} null means the packaged workbook; {@code kernelDir} null means rapaio. */
    public record Request(String name, String displayName, KernelKind kind, Path kernelDir, KernelTarget target,
                          List<String> classpath, Map<String, String> pinnedEnv, Path home) {
    }

    /** An installed kernelspec: where it is and its kernel.json. */
    public record Installed(String name, Path specDir, Map<String, Object> kernelJson) {
        public boolean ours() {
            return KernelSpec.workbookMetadata(kernelJson) != null;
        }

        @SuppressWarnings("unchecked")
        public Map<String, String> env() {
            Object e = kernelJson.get("env");
            return e instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
        }
    }

    public Installed install(Request r) {
        checkName(r.name());
        find(r.name()).filter(i -> !i.ours() && r.target().scope() != KernelTarget.Scope.PREFIX).ifPresent(i -> {
            throw WorkbookException.badInput("a kernel with this name exists and was not installed by the workbook")
                    .value(i.specDir()).next("pick another name with --name, or remove it: jupyter kernelspec remove " + r.name())
                    .build();
        });
        Path files = r.home().toAbsolutePath().normalize().resolve("jupyter").resolve(r.name());
        KernelSpec spec = new KernelFiles(project).prepare(r, files);
        Path staging = null;
        try {
            staging = Files.createTempDirectory("workbook-kernelspec");
            Path specDir = staging.resolve(r.name());
            Files.createDirectories(specDir);
            Files.writeString(specDir.resolve("kernel.json"), Json.write(spec.toJson()));
            List<String> args = new ArrayList<>(List.of("kernelspec", "install", "--replace", "--name", r.name()));
            args.addAll(r.target().installArgs());
            args.add(specDir.toString());
            ProcessResult res = jupyter.run(TIMEOUT, Map.of(), args);
            if (!res.ok()) {
                throw WorkbookException.notReady("jupyter kernelspec install failed").value(res.tail(5))
                        .next("check that you may write there; to install for yourself only, drop --sys-prefix/--prefix")
                        .help(JupyterHelp.PAGE).build();
            }
            return new Installed(r.name(), installedDir(res, r), spec.toJson());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Dirs.deleteTree(staging);
        }
    }

    private Path installedDir(ProcessResult res, Request r) {
        if (r.target().scope() == KernelTarget.Scope.PREFIX) {
            return r.target().prefixSpecDir(r.name());
        }
        Matcher m = INSTALLED.matcher(res.err() + "\n" + res.out());
        if (m.find()) {
            return Path.of(m.group(2).strip());
        }
        return find(r.name()).map(Installed::specDir).orElseThrow(() -> WorkbookException
                .internal("jupyter reported success but the kernel is not listed").value(r.name()).build());
    }

    /**
     * Builds the kernel's class-data archive with one training run (see {@link KernelArchive}); returns the line to
     * show. Nothing to do for IJava/JJava, which start through their own jars.
     */
    public String buildStartupArchive(Installed k) {
        Map<String, Object> md = KernelSpec.workbookMetadata(k.kernelJson());
        if (md == null || !"rapaio".equals(md.get("kind"))) {
            return "start-up archive: not used by this kind of kernel";
        }
        return KernelArchive.train(jupyter, k.kernelJson(), Path.of(String.valueOf(md.get("files"))));
    }

    /** The kernelspec Jupyter would use for this name, if any. */
    public Optional<Installed> find(String name) {
        ProcessResult res = jupyter.run(TIMEOUT, "kernelspec", "list", "--json");
        if (!res.ok()) {
            throw WorkbookException.notReady("jupyter kernelspec list failed (is Jupyter's kernel support installed?)")
                    .value(res.tail(5)).next("install it: " + JupyterHelp.howToInstall(jupyter.env()))
                    .help(JupyterHelp.PAGE).build();
        }
        Object specs = Json.parseObject(res.out()).get("kernelspecs");
        if (specs instanceof Map<?, ?> all && all.get(name) instanceof Map<?, ?> one) {
            Path dir = Path.of(String.valueOf(one.get("resource_dir")));
            return Optional.of(new Installed(name, dir, readSpec(dir)));
        }
        return Optional.empty();
    }

    /** Removes the kernelspec and its support files; empty when there was nothing to remove. */
    public Optional<Path> uninstall(String name, KernelTarget target) {
        checkName(name);
        // Only where `install` with the same options puts it: another copy elsewhere on Jupyter's path (a system
        // kernel, or the user's own when JUPYTER_DATA_DIR points somewhere else) is not this install's to remove.
        Path dir = switch (target.scope()) {
            case PREFIX -> target.prefixSpecDir(name);
            case USER -> userDataDir().resolve("kernels").resolve(name);
            case SYS_PREFIX -> find(name).map(Installed::specDir).orElse(null);
        };
        if (dir == null || !Files.isRegularFile(dir.resolve("kernel.json"))) {
            return Optional.empty();
        }
        Map<String, Object> md = KernelSpec.workbookMetadata(readSpec(dir));
        if (md == null) {
            throw WorkbookException.badInput("this kernel was not installed by the workbook; leaving it alone").value(dir)
                    .next("remove it yourself if you mean to: jupyter kernelspec remove " + name).build();
        }
        Dirs.deleteTree(dir);
        if (md.get("files") instanceof String files) {
            Dirs.deleteTree(Path.of(files));
        }
        return Optional.of(dir);
    }

    /** Jupyter's per-user data directory (JUPYTER_DATA_DIR when set), where `kernelspec install --user` writes. */
    private Path userDataDir() {
        ProcessResult res = jupyter.run(TIMEOUT, "--data-dir");
        if (!res.ok() || res.out().isBlank()) {
            throw WorkbookException.notReady("jupyter --data-dir failed").value(res.tail(5))
                    .next("install Jupyter: " + JupyterHelp.howToInstall(jupyter.env())).help(JupyterHelp.PAGE).build();
        }
        return Path.of(res.out().strip());
    }

    static Map<String, Object> readSpec(Path dir) {
        try {
            return Json.parseObject(Files.readString(dir.resolve("kernel.json")));
        } catch (IOException | IllegalArgumentException e) {
            return Map.of();
        }
    }

    static void checkName(String name) {
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,64}")) {
            throw WorkbookException.badInput("a kernel name is 1-64 letters, digits, '.', '_' or '-'").value(name)
                    .next("e.g. --name " + DEFAULT_NAME).build();
        }
    }

}
