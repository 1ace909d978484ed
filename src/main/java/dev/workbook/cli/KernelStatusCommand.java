package dev.workbook.cli;

import dev.workbook.errors.WorkbookException;
import dev.workbook.jupyter.Jupyter;
import dev.workbook.jupyter.KernelInstaller;
import dev.workbook.jupyter.KernelKind;
import dev.workbook.jupyter.ProjectDir;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show where the kernel is installed, what it runs and whether its files are all there.")
final class KernelStatusCommand implements Callable<Integer> {
    @ParentCommand
    KernelCommand kernel;

    @Mixin
    KernelLocationOptions where;

    @Override
    public Integer call() {
        CliContext ctx = kernel.root.ctx;
        Jupyter jupyter = Jupyter.require(ctx.env(), where.jupyter);
        KernelInstaller.Installed k = new KernelInstaller(jupyter, ProjectDir.detect()).find(where.name)
                .orElseThrow(() -> WorkbookException.notReady("the kernel is not installed").value(where.name)
                        .next("workbook kernel install").help("troubleshooting/jupyter-not-found.md").build());
        KernelInstallCommand.print(ctx.out(), k);
        ctx.out().println("  jupyter:    " + jupyter.executable());
        List<String> missing = missingFiles(k);
        if (!k.ours()) {
            ctx.out().println("  note:       this kernelspec was not written by the workbook");
        }
        if (!missing.isEmpty()) {
            throw WorkbookException.notReady("the kernel points at files that do not exist").value(String.join(", ", missing))
                    .next("./mvnw -Dmaven.test.skip=true package && workbook kernel install").build();
        }
        ctx.out().println("  files:      all present");
        return 0;
    }

    static String kind(KernelInstaller.Installed k) {
        Object md = k.kernelJson().get("metadata");
        if (md instanceof Map<?, ?> m && m.get("workbook") instanceof Map<?, ?> w && w.get("kind") != null) {
            return String.valueOf(w.get("kind"));
        }
        return "unknown";
    }

    /** The launch command's jar and each classpath entry (globs by their directory) that is missing. */
    private static List<String> missingFiles(KernelInstaller.Installed k) {
        List<String> missing = new ArrayList<>();
        if (k.kernelJson().get("argv") instanceof List<?> argv) {
            argv.stream().map(String::valueOf).flatMap(a -> java.util.Arrays.stream(a.split(java.io.File.pathSeparator)))
                    .filter(a -> a.endsWith(".jar") && !Files.exists(Path.of(a))).forEach(missing::add);
        }
        KernelKind kk = KernelKind.parse(kind(k));
        String cp = kk == null ? null : k.env().get(kk.classpathVariable());
        if (cp != null && !cp.isBlank()) {
            for (String entry : cp.split(java.util.regex.Pattern.quote(kk.separator()))) {
                Path p = Path.of(entry.endsWith("*") ? entry.substring(0, entry.length() - 1) : entry);
                if (!Files.exists(p)) {
                    missing.add(entry);
                }
            }
        }
        return missing;
    }
}
