package dev.workbook.exercises.checks;

import java.util.Locale;

/** Which data a run database holds: the chapter's (VISIBLE), or a set generated for this run (HIDDEN). */
public enum Variant {
    VISIBLE, HIDDEN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
