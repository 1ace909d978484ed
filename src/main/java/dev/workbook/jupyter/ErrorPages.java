package dev.workbook.jupyter;

import dev.workbook.chapters.KnownErrors;

/**
 * The one place where a notebook cell's error finds its troubleshooting page: first the table the tour uses (so a SQL
 * error links the same page in a notebook as in {@code workbook run}), then the situations only notebooks have.
 * When the shared error catalogue exists, this method is the one to point at it.
 */
final class ErrorPages {
    static final String OUT_OF_ORDER = "troubleshooting/notebook-cells-out-of-order.md";
    static final String FACTORY_CLOSED = "troubleshooting/entity-manager-factory-closed.md";

    private ErrorPages() {
    }

    /** The page for what a cell threw, or for a cell that did not compile ({@code thrown} null, the compiler's words). */
    static String page(Throwable thrown, String compilerMessages) {
        if (thrown == null) {
            return compilerMessages != null && CellErrors.missingNames(compilerMessages).isEmpty() ? null : OUT_OF_ORDER;
        }
        String known = KnownErrors.pageFor(thrown);
        if (known != null) {
            return known;
        }
        return CellErrors.factoryClosed(thrown) ? FACTORY_CLOSED : null;
    }
}
