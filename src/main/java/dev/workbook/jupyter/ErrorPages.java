package dev.workbook.jupyter;

import dev.workbook.errors.Diagnosis;
import dev.workbook.errors.ErrorCatalogue;

/**
 * The one place where a notebook cell's error finds its troubleshooting page and next step: the workbook's error
 * catalogue ({@link ErrorCatalogue}, which the CLI, the tour and {@code Workbook.sql} use, so a SQL error links the same
 * page in a notebook as in {@code workbook run}), then the two situations only notebooks have. They could move into
 * the catalogue; a cell run out of order is a compile error with no exception, so it stays here in any case.
 */
final class ErrorPages {
    static final String OUT_OF_ORDER = "troubleshooting/notebook-cells-out-of-order.md";
    static final String FACTORY_CLOSED = "troubleshooting/entity-manager-factory-closed.md";

    private ErrorPages() {
    }

    /** What the catalogue says of what a cell threw (its page, next step, SQL code). */
    static Diagnosis diagnose(Throwable thrown) {
        return ErrorCatalogue.explain(thrown);
    }

    /** The page for what a cell threw, or for a cell that did not compile ({@code thrown} null, the compiler's words). */
    static String page(Throwable thrown, String compilerMessages) {
        if (thrown == null) {
            return compilerMessages != null && CellErrors.missingNames(compilerMessages).isEmpty() ? null : OUT_OF_ORDER;
        }
        String known = diagnose(thrown).help();
        if (known != null) {
            return known;
        }
        return CellErrors.factoryClosed(thrown) ? FACTORY_CLOSED : null;
    }
}
