package dev.workbook.exercises.checks;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The student table of chapter 3 (the DDL Hibernate makes for its Student entity) with the rows of chapters 4 to 7,
 * and hidden variants: other students, ids that do not start at 1 and rows in another order, keeping the students
 * the tasks name (Carl, humberto).
 */
final class StudentSeeds {
    static final String DDL = Seeds.table("CREATE TABLE student (id BIGINT NOT NULL AUTO_INCREMENT,"
            + " firstname VARCHAR(100) NOT NULL, lastname VARCHAR(100) NOT NULL, email VARCHAR(80) NOT NULL, age INT,"
            + " bio TEXT, created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), PRIMARY KEY (id),"
            + " UNIQUE KEY uk_student_email (email))");
    private static final List<String> FIRST = List.of("Maya", "Tomas", "Ines", "Ravi", "Lena", "Omar", "Yuki", "Pedro", "Sofia",
            "Kwame", "Elif", "Noah", "Zara", "Lars", "Mei", "Diego", "Aiko", "Nils", "Amara", "Felix");
    private static final List<String> LAST = List.of("Okafor", "Lindqvist", "Moreau", "Tanaka", "Silva", "Novak", "Haddad",
            "Berg", "Rossi", "Kowalski", "Nguyen", "Costa", "Ahmed", "Fischer", "Ortiz");
    private static final List<String> BIOS = List.of("Marine biology student", "Geology student", "Chemistry student",
            "Physics student", "Oceanography student", "Biology student", "Mathematics student");
    private static final LocalDateTime START = LocalDateTime.of(2024, 9, 2, 8, 30, 0, 250_000_000);

    private StudentSeeds() {
    }

    /** One student row: firstname, lastname, email, age, bio. */
    record S(String first, String last, String email, Integer age, String bio) {
    }

    static Seed addYourself(String exercise, Variant variant, Random random, long randomSeed) {
        return seed(exercise, variant, randomSeed, ids(1, 3), chapter5Students());
    }

    static Seed olderThan21(String exercise, Variant variant, Random random, long randomSeed) {
        if (variant == Variant.VISIBLE) {
            List<S> s = new ArrayList<>(chapter5Students());
            s.add(new S("Bo", "Kim", "bo@example.com", 21, "Chemistry student"));
            s.add(new S("Ana", "Lee", "ana@example.com", 25, "Physics student"));
            return seed(exercise, variant, randomSeed, ids(1, s.size()), s);
        }
        // Distinct ages, so "youngest first" has one right order; 21 is always there, so >= instead of > shows.
        List<Integer> ages = new ArrayList<>();
        for (int a = 18; a <= 30; a++) {
            if (a != 21) {
                ages.add(a);
            }
        }
        Collections.shuffle(ages, random);
        List<Integer> chosen = new ArrayList<>(ages.subList(0, 5 + random.nextInt(4)));
        chosen.add(21);
        Collections.shuffle(chosen, random);
        return seed(exercise, variant, randomSeed, randomIds(random, chosen.size()), others(random, chosen, 0));
    }

    static Seed dirtyChecking(String exercise, Variant variant, Random random, long randomSeed) {
        if (variant == Variant.VISIBLE) {
            return seed(exercise, variant, randomSeed, ids(1, 3), List.of(
                    new S("Carl", "White", "carlwhite@example.com", 23, "Marine geology student"),
                    new S("john", "doe", "john_doe@example.com", 24, "Biology student"),
                    new S("humberto", "Souza", "neto@example.com", 26, "Physics student")));
        }
        List<Integer> ages = new ArrayList<>();
        for (int i = 0; i < 2 + random.nextInt(3); i++) {
            ages.add(18 + random.nextInt(12));
        }
        List<S> s = new ArrayList<>(others(random, ages, 0));
        s.add(new S("Carl", pick(random, LAST), "carl." + random.nextInt(1000) + "@example.org", 19 + random.nextInt(10),
                pick(random, BIOS)));
        s.add(new S("humberto", pick(random, LAST), "humberto." + random.nextInt(1000) + "@example.org", 19 + random.nextInt(10),
                pick(random, BIOS)));
        Collections.shuffle(s, random);
        return seed(exercise, variant, randomSeed, randomIds(random, s.size()), s);
    }

    static Seed secondPage(String exercise, Variant variant, Random random, long randomSeed) {
        if (variant == Variant.VISIBLE) {
            List<S> s = new ArrayList<>(chapter5Students());
            s.add(new S("Dina", "Reyes", "dinareyes@example.com", 21, "Marine biology student"));
            s.add(new S("Eve", "Stone", "evestone@example.com", 24, "Geology student"));
            s.add(new S("Frank", "Moss", "frankmoss@example.com", 19, "Biology student"));
            s.add(new S("Gina", "Park", "ginapark@example.com", 22, "Chemistry student"));
            s.add(new S("Hugo", "Lind", "hugolind@example.com", 30, null));
            return seed(exercise, variant, randomSeed, ids(1, s.size()), s);
        }
        List<Integer> ages = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ages.add(20 + random.nextInt(4)); // at least five on the pages asked for
        }
        for (int i = 0; i < 5 + random.nextInt(5); i++) {
            ages.add(17 + random.nextInt(12));
        }
        List<S> s = new ArrayList<>();
        for (S one : others(random, ages, 0)) {
            boolean noBio = s.size() >= 5 && random.nextInt(4) == 0;
            s.add(noBio ? new S(one.first(), one.last(), one.email(), one.age(), null) : one);
        }
        Collections.shuffle(s, random);
        return seed(exercise, variant, randomSeed, randomIds(random, s.size()), s);
    }

    private static List<S> chapter5Students() {
        return List.of(new S("Sammy", "Shark", "sammyshark@example.com", 20, "Marine biology student"),
                new S("Carl", "White", "carlwhite@example.com", 22, "Marine geology student"),
                new S("john", "doe", "jd@example.com", 23, "Biology student"));
    }

    /** Students with these ages and names from the pools (each first name once). */
    private static List<S> others(Random random, List<Integer> ages, int skip) {
        List<String> first = new ArrayList<>(FIRST);
        Collections.shuffle(first, random);
        List<S> out = new ArrayList<>();
        for (int i = 0; i < ages.size(); i++) {
            String f = first.get(i + skip);
            String l = pick(random, LAST);
            out.add(new S(f, l, (f + "." + l).toLowerCase(java.util.Locale.ROOT) + "@example.org", ages.get(i), pick(random, BIOS)));
        }
        return out;
    }

    private static List<Long> ids(long from, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(from + i);
        }
        return ids;
    }

    /** Increasing ids with gaps, not starting at 1: code that finds students by a typed-in id fails. */
    private static List<Long> randomIds(Random random, int count) {
        List<Long> ids = new ArrayList<>();
        long id = 5 + random.nextInt(40);
        for (int i = 0; i < count; i++) {
            ids.add(id);
            id += 1 + random.nextInt(3);
        }
        return ids;
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static Seed seed(String exercise, Variant variant, long randomSeed, List<Long> ids, List<S> students) {
        SeedTable t = SeedTable.of("student", "id", "firstname", "lastname", "email", "age", "bio", "created_at");
        for (int i = 0; i < students.size(); i++) {
            S s = students.get(i);
            t = t.row(ids.get(i), s.first(), s.last(), s.email(), s.age(), s.bio(), START.plusHours(3L * i).plusMinutes(7L * i));
        }
        return Seeds.seed(exercise, variant, randomSeed, List.of("DROP TABLE IF EXISTS student"), List.of(DDL), t);
    }
}
