package dev.workbook.exercises.checks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The seed of each exercise that has data. Exercises whose code creates its own tables (01, 03, 08, 09: the
 * student's DDL or migrations are what is checked) have none.
 */
public final class Seeds {
    /** Builds a seed from the exercise id, the variant and (for HIDDEN) a random source. */
    interface Source {
        Seed build(String exercise, Variant variant, Random random, long randomSeed);
    }

    private static final Map<String, Source> BY_EXERCISE = Map.ofEntries(
            Map.entry("02-varargs-posts", SmallSeeds::firstPost),
            Map.entry("04-add-yourself", StudentSeeds::addYourself),
            Map.entry("05-older-than-21", StudentSeeds::olderThan21),
            Map.entry("06-dirty-checking", StudentSeeds::dirtyChecking),
            Map.entry("07-second-page", StudentSeeds::secondPage),
            Map.entry("10-profile-and-delete", BlogSeeds::profiles),
            Map.entry("11-tag-hibernate", BlogSeeds::tagged),
            Map.entry("12-join-fetch", BlogSeeds::tagged),
            Map.entry("13-unique-title", BlogSeeds::tagged),
            Map.entry("14-writer-account", SmallSeeds::notice),
            Map.entry("15-search-form", WebSeeds::students),
            Map.entry("16-tag-posts", WebSeeds::blog));

    private Seeds() {
    }

    /** The seed of an exercise in this variant; HIDDEN data comes from {@code randomSeed}, so a run can be repeated. */
    public static Optional<Seed> of(String exercise, Variant variant, long randomSeed) {
        Source s = BY_EXERCISE.get(exercise);
        return s == null ? Optional.empty() : Optional.of(s.build(exercise, variant, new Random(randomSeed), randomSeed));
    }

    public static boolean has(String exercise) {
        return BY_EXERCISE.containsKey(exercise);
    }

    /** A seed from its parts (the generators' common ending). */
    static Seed seed(String exercise, Variant variant, long randomSeed, List<String> drops, List<String> ddl, SeedTable... tables) {
        return new Seed(exercise, variant, variant == Variant.VISIBLE ? 0 : randomSeed, drops, ddl, List.of(tables));
    }

    /** Every table gets the workbook's character set, as a table the schema manager creates would. */
    static String table(String body) {
        return body + " DEFAULT CHARSET utf8mb4 COLLATE utf8mb4_unicode_ci";
    }
}
