package dev.workbook.cli;

import dev.workbook.errors.WorkbookException;
import dev.workbook.jupyter.KernelInstaller;
import dev.workbook.jupyter.KernelTarget;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which kernel and where: shared by kernel install, status and uninstall. */
final class KernelLocationOptions {
    @Option(names = "--name", paramLabel = "NAME", defaultValue = KernelInstaller.DEFAULT_NAME,
            description = "Kernel name (default ${DEFAULT-VALUE}; the notebooks ask for this one).")
    String name;

    @Option(names = "--prefix", paramLabel = "DIR",
            description = "Install under DIR/share/jupyter/kernels (e.g. \"$VIRTUAL_ENV\") instead of your Jupyter data directory.")
    Path prefix;

    @Option(names = "--sys-prefix", description = "Install into the Python environment that runs jupyter.")
    boolean sysPrefix;

    @Option(names = "--jupyter", paramLabel = "PATH", description = "The jupyter command to use (default: the first working one on PATH).")
    Path jupyter;

    KernelTarget target() {
        if (prefix != null && sysPrefix) {
            throw WorkbookException.badInput("--prefix and --sys-prefix exclude each other").value("--prefix " + prefix)
                    .next("keep one of them (or neither, for your own Jupyter data directory)").build();
        }
        if (prefix != null) {
            return KernelTarget.prefix(prefix);
        }
        return sysPrefix ? KernelTarget.SYS_PREFIX : KernelTarget.USER;
    }
}
