package dev.workbook.exercises.checks;

import java.util.List;

/**
 * Every check class, one per exercise, each tagged with its exercise's id. Listed rather than found by scanning
 * the package, because scanning a jar the chapters have already opened as a file system fails.
 */
public final class Checks {
    public static final List<Class<?>> ALL = List.of(PetTableCheck.class, VarargsPostsCheck.class, CourseEntityCheck.class,
            AddYourselfCheck.class, OlderThan21Check.class, DirtyCheckingCheck.class, SecondPageCheck.class, FlywayV3Check.class,
            RenameLevelCheck.class, ProfileAndDeleteCheck.class, TagHibernateCheck.class, JoinFetchCheck.class,
            UniqueTitleCheck.class, WriterAccountCheck.class);

    private Checks() {
    }
}
