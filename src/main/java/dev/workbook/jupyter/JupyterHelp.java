package dev.workbook.jupyter;

import dev.workbook.platform.CurrentUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** How to get Jupyter on the machine at hand: the package manager's line first, then pipx/pip. */
final class JupyterHelp {
    static final String PAGE = "troubleshooting/jupyter-not-found.md";

    private JupyterHelp() {
    }

    static String howToInstall(Map<String, String> env) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String pip = "pipx install notebook (or: python3 -m pip install --user notebook)";
        if (os.contains("mac")) {
            return "brew install jupyterlab; or with pip: " + pip;
        }
        if (os.contains("win")) {
            return "py -m pip install --user notebook; or: pipx install notebook";
        }
        String sudo = CurrentUser.isRoot() ? "" : "sudo ";
        if (Files.exists(Path.of("/etc/debian_version")) || onPath(env, "apt-get")) {
            return sudo + "apt-get install -y jupyter-notebook jupyter-nbconvert python3-nbclient; or with pip: " + pip;
        }
        if (onPath(env, "dnf")) {
            return sudo + "dnf install -y python3-notebook python3-nbconvert; or with pip: " + pip;
        }
        return pip;
    }

    static boolean onPath(Map<String, String> env, String program) {
        return Jupyter.searchPath(env, program).findFirst().isPresent();
    }
}
