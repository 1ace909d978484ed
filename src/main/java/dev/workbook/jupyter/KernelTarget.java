package dev.workbook.jupyter;

import java.nio.file.Path;
import java.util.List;

/** Where a kernelspec goes, as `jupyter kernelspec install` understands it: the user's data dir, a prefix, or sys.prefix. */
public record KernelTarget(Scope scope, Path prefix) {
    public enum Scope { USER, PREFIX, SYS_PREFIX }

    public static final KernelTarget USER = new KernelTarget(Scope.USER, null);
    public static final KernelTarget SYS_PREFIX = new KernelTarget(Scope.SYS_PREFIX, null);

    public static KernelTarget prefix(Path p) {
        return new KernelTarget(Scope.PREFIX, p.toAbsolutePath().normalize());
    }

    List<String> installArgs() {
        return switch (scope) {
            case USER -> List.of("--user");
            case PREFIX -> List.of("--prefix", prefix.toString());
            case SYS_PREFIX -> List.of("--sys-prefix");
        };
    }

    /** Jupyter's layout under a prefix; `kernelspec list` only sees prefixes on JUPYTER_PATH, so this is computed. */
    Path prefixSpecDir(String name) {
        return prefix.resolve("share").resolve("jupyter").resolve("kernels").resolve(name);
    }
}
