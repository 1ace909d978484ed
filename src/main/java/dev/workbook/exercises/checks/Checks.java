package dev.workbook.exercises.checks;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;

/**
 * Every check class, one per exercise, each tagged with its exercise's id. Listed rather than found by scanning
 * the package, because scanning a jar the chapters have already opened as a file system fails.
 */
public final class Checks {
    public static final List<Class<?>> ALL = List.of(PetTableCheck.class, VarargsPostsCheck.class, CourseEntityCheck.class,
            AddYourselfCheck.class, OlderThan21Check.class, DirtyCheckingCheck.class, SecondPageCheck.class, FlywayV3Check.class,
            RenameLevelCheck.class, ProfileAndDeleteCheck.class, TagHibernateCheck.class, JoinFetchCheck.class,
            UniqueTitleCheck.class, WriterAccountCheck.class, SearchFormCheck.class,
            TagPostsCheck.class);

    private Checks() {
    }

    /** The classes among {@code classes} tagged with this exercise's id. */
    public static List<Class<?>> forExercise(List<Class<?>> classes, String id) {
        return classes.stream().filter(c -> Stream.of(c.getAnnotationsByType(Tag.class)).anyMatch(t -> t.value().equals(id))).toList();
    }
}
