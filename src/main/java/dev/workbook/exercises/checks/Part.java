package dev.workbook.exercises.checks;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The solution part (1..n) a check is about, when it is about exactly one: results.json's {@code task_id}. Checks of an
 * exercise with a single part need none.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Part {
    int value();
}
