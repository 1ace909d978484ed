package dev.workbook.jupyter;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Java kernels the workbook can wire up. Each reads its classpath and startup code from its own environment
 * variables, so notebooks need no magics: rapaio splits RJK_CLASSPATH on ';' and reads RJK_INIT_SCRIPT from a file;
 * IJava and JJava split on the OS path separator, want '/' in paths and take the startup code inline.
 */
public enum KernelKind {
    RAPAIO("RJK_CLASSPATH", ";", "RJK_INIT_SCRIPT"),
    IJAVA("IJAVA_CLASSPATH", File.pathSeparator, "IJAVA_STARTUP_SCRIPT"),
    JJAVA("JJAVA_CLASSPATH", File.pathSeparator, "JJAVA_STARTUP_SCRIPT");

    private final String classpathVariable;
    private final String separator;
    private final String startupVariable;

    KernelKind(String classpathVariable, String separator, String startupVariable) {
        this.classpathVariable = classpathVariable;
        this.separator = separator;
        this.startupVariable = startupVariable;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static KernelKind parse(String s) {
        for (KernelKind k : values()) {
            if (k.id().equalsIgnoreCase(s)) {
                return k;
            }
        }
        return null;
    }

    public String classpathVariable() {
        return classpathVariable;
    }

    public String separator() {
        return separator;
    }

    String classpath(List<String> entries) {
        return String.join(separator, entries.stream().map(this::path).toList());
    }

    /** The kernel's own variables: classpath, startup code, and for rapaio a cache outside notebooks/. */
    Map<String, String> env(List<String> classpath, Path filesDir, Path initScript, String initCode) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(classpathVariable, classpath(classpath));
        if (this == RAPAIO) {
            env.put(startupVariable, initScript.toString());
            env.put("RJK_TIMEOUT_MILLIS", "-1");
            // rapaio's default cache for %dependency is relative, which would litter notebooks/
            env.put("RJK_MIMA_CACHE", filesDir.resolve("mima-cache").toString());
        } else {
            env.put(startupVariable, initCode);
        }
        return env;
    }

    private String path(String p) {
        return this == RAPAIO ? p : p.replace('\\', '/');
    }
}
