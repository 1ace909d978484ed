package dev.workbook.jupyter;

import dev.workbook.errors.Diagnosis;
import dev.workbook.errors.WorkbookException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A notebook cell's error in the CLI's style: what failed, the value, the next step, the page. Called by the kernel
 * launcher ({@link KernelErrors}, by name, from the notebook's own class loader), with the exception exactly as the
 * cell threw it, or, for a cell that did not compile, its source and the compiler's messages. An empty list means
 * "nothing to add": the kernel then shows its own text. The full text stays available: {@code Workbook.lastError()}.
 */
public final class CellErrors {
    /** Set by {@code workbook notebook} for its kernels: the server whose root holds troubleshooting/. */
    static final String SERVER_URL = "WORKBOOK_NOTEBOOK_URL";
    static final String FULL = "  full error and stack trace: run Workbook.lastError() in a new cell";
    private static final Pattern SYMBOL = Pattern.compile("symbol:\\s+(?:variable|class|method|interface)?\\s*([\\w$]+)");
    private static final Pattern PACKAGE = Pattern.compile("package ([\\w$.]+) does not exist");
    private static final Pattern FACTORY = Pattern.compile("(?m)^\\s*(?:final\\s+)?(?:[\\w.]*SessionFactory|var)\\s+(\\w+)\\s*=.*"
            + "(?:Workbook\\.(?:hibernate|sessionFactory)|\\.build\\(\\))", Pattern.DOTALL);

    private CellErrors() {
    }

    /** Entry point for the kernel: the lines to show, or an empty list. */
    public static List<String> explain(Throwable thrown, String source, List<String> compilerMessages, List<String> defined) {
        if (thrown == null) {
            return compileError(compilerMessages);
        }
        Throwable root = root(thrown);
        List<String> out = new ArrayList<>();
        if (unreachable(thrown)) { // first: the catalogue's general advice does not know the notebook's server command
            out.add("error: the database server does not answer (it is stopped, or it restarted on another port): "
                    + oneLine(root.getMessage()));
            out.add("  next: run ./workbook db start in a terminal, then run this cell again"
                    + " (if the port changed: Kernel > Restart, then Run All)");
            out.add(help(ErrorPages.page(thrown, null)));
            out.add(FULL);
            return out;
        }
        WorkbookException known = workbookException(thrown);
        if (known != null) { // the workbook's own error (Workbook.sql, the server not running): what, value, next, page
            out.addAll(known.render().lines().toList());
            out.add(FULL);
            return out;
        }
        Diagnosis d = ErrorPages.diagnose(thrown);
        String page = ErrorPages.page(thrown, null);
        if (factoryClosed(thrown)) {
            out.add("error: this SessionFactory is closed (a later cell of the chapter closes it, e.g. sf.close()): "
                    + oneLine(root.getMessage()));
            String cell = factoryCell(defined);
            out.add("  next: run again the cell that builds it" + (cell == null ? "" : ", the one that begins:  " + cell)
                    + "; then run this cell");
        } else {
            out.add("error: " + thrown.getClass().getSimpleName() + ": " + oneLine(thrown.getMessage()));
            causes(thrown).forEach(c -> out.add("  caused by: " + c));
            if (d.sqlCode() != null) {
                out.add("  sql error: " + d.sqlCode());
            }
            out.add("  next: " + (d.next() != null ? d.next() + "; then run the cell again"
                    : "fix the cell and run it again; cells it needs must have run first (Run All Above)"));
        }
        if (page != null) {
            out.add(help(page));
        }
        out.add(FULL);
        return out;
    }

    /** The page, and where a browser opens it when the notebook runs under workbook notebook (Jupyter links URLs). */
    static String help(String page) {
        String server = System.getenv(SERVER_URL);
        return "  help: " + page + (server == null || server.isBlank() ? "" : "   open it: " + server + "files/" + page);
    }

    private static List<String> compileError(List<String> compiler) {
        String messages = String.join("\n", compiler);
        Set<String> names = missingNames(messages);
        if (names.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add("error: this cell uses " + String.join(", ", names) + ", which no cell run so far in this kernel has defined");
        out.add("  the compiler says: " + String.join("; ", compiler.stream().map(CellErrors::oneLine).distinct().toList()));
        out.add("  next: run the cells above this one first (Cell > Run All Above; JupyterLab: Run > Run All Above Selected Cell),"
                + " or Run All; if you typed the name yourself, check its spelling and imports");
        out.add(help(ErrorPages.page(null, messages)));
        out.add(FULL);
        return out;
    }

    /** Names the compiler could not find: "cannot find symbol ... symbol: variable sf", "package Blog does not exist". */
    static Set<String> missingNames(String messages) {
        Set<String> names = new LinkedHashSet<>();
        if (messages.contains("cannot find symbol")) {
            Matcher m = SYMBOL.matcher(messages);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        Matcher p = PACKAGE.matcher(messages);
        while (p.find()) {
            names.add(p.group(1).split("\\.")[0]);
        }
        return names;
    }

    private static WorkbookException workbookException(Throwable t) {
        return chain(t).stream().filter(WorkbookException.class::isInstance).map(WorkbookException.class::cast)
                .findFirst().orElse(null);
    }

    static boolean factoryClosed(Throwable t) {
        return chain(t).stream().anyMatch(c -> c instanceof IllegalStateException && c.getMessage() != null
                && c.getMessage().matches("(?s).*(EntityManagerFactory|SessionFactory) is closed.*"));
    }

    private static boolean unreachable(Throwable t) {
        return chain(t).stream().anyMatch(c -> c instanceof java.net.ConnectException
                || String.valueOf(c.getMessage()).contains("Communications link failure"));
    }

    /** The first line of the most recent cell that builds a SessionFactory, as the student sees it. */
    static String factoryCell(List<String> defined) {
        for (int i = defined.size() - 1; i >= 0; i--) {
            Matcher m = FACTORY.matcher(defined.get(i));
            if (m.find()) {
                return defined.get(i).strip().lines().findFirst().orElse("");
            }
        }
        return null;
    }

    private static List<String> causes(Throwable t) {
        List<String> out = new ArrayList<>();
        String last = String.valueOf(t.getMessage());
        for (Throwable c : chain(t).subList(1, chain(t).size())) {
            String msg = String.valueOf(c.getMessage());
            if (!last.contains(msg) && out.size() < 4) {
                out.add(c.getClass().getSimpleName() + ": " + oneLine(msg));
            }
            last = msg;
        }
        return out;
    }

    private static Throwable root(Throwable t) {
        List<Throwable> c = chain(t);
        return c.get(c.size() - 1);
    }

    private static List<Throwable> chain(Throwable t) {
        List<Throwable> out = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable c = t; c != null && seen.put(c, true) == null; c = c.getCause()) {
            out.add(c);
        }
        return out;
    }

    private static String oneLine(String s) {
        String t = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return t.length() > 300 ? t.substring(0, 300) + "..." : t;
    }
}
