package dev.workbook.sandbox;

import java.util.List;
import java.util.Objects;

/** One step of a run: pieces run in order in the run's JShell, with the Workbook facade pointed at {@code db}. */
public record Step(String name, List<Piece> pieces, DbLogin db) {
    public Step {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(db, "db");
        pieces = List.copyOf(pieces);
    }
}
