package dev.workbook.exercises.checks;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A check that counts but is never named or explained in feedback (nbgrader's hidden tests): students see
 * "a hidden check" passed or failed, never what it looks at.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Hidden {
}
