package dev.workbook.exercises.checks;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The seeds of the web exercises. 15 (a search page): chapter 15's students plus three whose names the task's searches
 * match in other ways; hidden variants with other students, always someone whose first name contains "sam" and someone
 * whose last name contains "white" in another case. 16 (a tag's posts): the chapter 11 blog (or a hidden one) plus a
 * tag no post uses.
 */
final class WebSeeds {
    private static final LocalDateTime START = LocalDateTime.of(2024, 10, 7, 9, 15, 0, 125_000_000);
    private static final List<String> FIRST = List.of("Maya", "Tomas", "Ines", "Ravi", "Lena", "Omar", "Yuki", "Pedro", "Sofia",
            "Kwame", "Elif", "Noah", "Zara", "Lars", "Mei");
    private static final List<String> LAST = List.of("Okafor", "Lindqvist", "Moreau", "Tanaka", "Silva", "Novak", "Haddad",
            "Berg", "Rossi", "Kowalski", "Nguyen", "Costa");
    private static final List<String> SAM = List.of("Samira", "Samuel", "Sammy", "Samantha");
    private static final List<String> WHITE = List.of("Whitehead", "White", "Whiteley", "Whitford");

    private WebSeeds() {
    }

    private record S(String first, String last, Integer age, String bio) {
    }

    static Seed students(String exercise, Variant variant, Random random, long randomSeed) {
        List<S> students = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        if (variant == Variant.VISIBLE) {
            students.add(new S("Sammy", "Shark", 20, "Marine biology student"));
            students.add(new S("Carl", "White", 22, "Marine geology student"));
            students.add(new S("john", "doe", 23, "Biology student"));
            students.add(new S("Samantha", "Reyes", 21, "Chemistry student"));
            students.add(new S("Dina", "Whitehead", 24, null));
            students.add(new S("Eve", "Stone", 19, "Geology student"));
            for (long id = 1; id <= students.size(); id++) {
                ids.add(id);
            }
        } else {
            List<String> first = new ArrayList<>(FIRST);
            Collections.shuffle(first, random);
            int others = 3 + random.nextInt(5);
            for (int i = 0; i < others; i++) {
                students.add(new S(first.get(i), LAST.get(random.nextInt(LAST.size())), 18 + random.nextInt(12), null));
            }
            students.add(new S(SAM.get(random.nextInt(SAM.size())), LAST.get(random.nextInt(LAST.size())), 20, "Physics student"));
            students.add(new S(first.get(others), WHITE.get(random.nextInt(WHITE.size())), 25, "Biology student"));
            if (random.nextBoolean()) {
                students.add(new S(first.get(others + 1), "Sampson", 27, null));   // "sam" in a last name
            }
            Collections.shuffle(students, random);
            long id = 4 + random.nextInt(30);
            for (int i = 0; i < students.size(); i++) {
                ids.add(id);
                id += 1 + random.nextInt(3);
            }
        }
        SeedTable t = SeedTable.of("student", "id", "firstname", "lastname", "email", "age", "bio", "created_at");
        for (int i = 0; i < students.size(); i++) {
            S s = students.get(i);
            String email = (s.first() + "." + s.last()).toLowerCase(java.util.Locale.ROOT) + "@example.com";
            // Distinct creation times, in a random order for hidden data: "newest first" has one right answer, not the id order.
            long minutes = variant == Variant.VISIBLE ? 10L * i : 10L * i + random.nextInt(5);
            t = t.row(ids.get(i), s.first(), s.last(), email, s.age(), s.bio(), START.plusMinutes(minutes));
        }
        return Seeds.seed(exercise, variant, randomSeed, List.of("DROP TABLE IF EXISTS student"), List.of(StudentSeeds.DDL), t);
    }

    static Seed blog(String exercise, Variant variant, Random random, long randomSeed) {
        Seed blog = BlogSeeds.tagged(exercise, variant, random, randomSeed);
        SeedTable tags = blog.table("tag");
        long next = tags.column("id").stream().mapToLong(Long::parseLong).max().orElse(0) + 1 + random.nextInt(3);
        tags = tags.row(next, variant == Variant.VISIBLE ? "unused" : "draft");
        List<SeedTable> tables = new ArrayList<>();
        for (SeedTable t : blog.tables()) {
            tables.add(t.name().equals("tag") ? tags : t);
        }
        return new Seed(exercise, variant, blog.randomSeed(), blog.drops(), blog.ddl(), tables);
    }
}
