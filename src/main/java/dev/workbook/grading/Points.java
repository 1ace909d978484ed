package dev.workbook.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Points as people write them: "3", "1.5", never "3.0" or "1.4999999". */
public final class Points {
    private Points() {
    }

    public static String format(double points) {
        BigDecimal d = BigDecimal.valueOf(points).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** Rounds sums of per-check points so that 0.1 + 0.2 adds up to 0.3 in every output. */
    public static double round(double points) {
        return BigDecimal.valueOf(points).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
