package dev.workbook.jupyter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.UnresolvedReferenceException;

/** Kernel-side (JDK only): what the kernel's JShell knows about a failed cell, in plain strings for the explainer. */
final class KernelSnippets {
    private KernelSnippets() {
    }

    /**
     * Adds the compiler's complaints about the failed snippet (or the names a declaration still waits for) to
     * {@code problems} and returns the snippet's source; null for a runtime exception, which has no such facts.
     */
    static String problems(JShell shell, Throwable reported, List<String> problems) {
        Snippet snippet = null;
        if (reported instanceof UnresolvedReferenceException u) {
            snippet = u.getSnippet();
        } else {
            try {
                Object event = reported.getClass().getMethod("badSnippet").invoke(reported); // rapaio's CompilerException
                snippet = event instanceof SnippetEvent se ? se.snippet() : null;
            } catch (ReflectiveOperationException e) {
                return null;
            }
        }
        if (snippet == null) {
            return null;
        }
        shell.diagnostics(snippet).forEach(d -> problems.add(d.getMessage(Locale.ENGLISH)));
        if (snippet instanceof DeclarationSnippet declaration) {
            shell.unresolvedDependencies(declaration).forEach(name -> problems.add("cannot find symbol\n  symbol: " + name));
        }
        return snippet.source();
    }

    /** The source of every snippet still in force, oldest first: what the cells run so far have defined. */
    static List<String> activeSources(JShell shell) {
        List<String> out = new ArrayList<>();
        shell.snippets().filter(s -> shell.status(s).isActive()).forEach(s -> out.add(s.source()));
        return out;
    }
}
