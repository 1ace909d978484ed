package dev.workbook.doctor.reports;

import java.util.Locale;

/** How a check came out. Only {@link #FAILURE} makes the doctor exit non-zero. */
public enum Status {
    OK("[ok]"),
    /** Works now, but will bite later (an emoji into a utf8mb3 table, a deprecated plugin). */
    WARNING("[!!]"),
    FAILURE("[XX]"),
    /** Context, or a check that did not apply. */
    INFO("[--]");

    private final String mark;

    Status(String mark) {
        this.mark = mark;
    }

    public String mark() {
        return mark;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
