package dev.workbook.exercises.checks;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A check of an answer computed from data: it also runs after the student's code ran again on the hidden variant of
 * the exercise's seed (other names, counts and dates). It passes only when it passes on both, so an answer typed in
 * by hand fails. A JUnit tag, so the checker selects these checks with a tag filter.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Tag(OnHiddenData.TAG)
public @interface OnHiddenData {
    String TAG = "workbook-on-hidden-data";
}
