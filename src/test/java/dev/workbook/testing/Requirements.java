package dev.workbook.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need Docker or Jupyter skip on a user's machine with a printed reason; in CI
 * (WORKBOOK_REQUIRE_ALL=1) the same missing piece fails the test instead.
 */
public final class Requirements {
    private Requirements() {
    }

    public static boolean requireAll() {
        return "1".equals(System.getenv("WORKBOOK_REQUIRE_ALL"));
    }

    /** Skips (or, in CI, fails) with the reason when {@code available} is false. */
    public static void require(boolean available, String what, String howToGetIt) {
        if (available) {
            return;
        }
        String reason = what + " is not available: " + howToGetIt;
        if (requireAll()) {
            Assertions.fail("WORKBOOK_REQUIRE_ALL=1 and " + reason);
        }
        System.out.println("SKIPPED: " + reason);
        Assumptions.abort(reason);
    }
}
