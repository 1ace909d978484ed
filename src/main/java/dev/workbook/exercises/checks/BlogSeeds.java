package dev.workbook.exercises.checks;

import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The blog of chapters 10 to 13 (author, post, tag, post_tags, author_profile: the DDL Hibernate makes for the
 * chapters' entities) with the chapters' rows, and hidden variants: more authors, posts and tags, ids that do not
 * start at 1, keeping Ada, Linus and Ada's "First post", which the tasks name.
 */
final class BlogSeeds {
    static final List<String> DROPS = List.of("DROP TABLE IF EXISTS post_tags, author_profile, post, tag, author");
    static final String AUTHOR = Seeds.table("CREATE TABLE author (id BIGINT NOT NULL AUTO_INCREMENT, name VARCHAR(100) NOT NULL,"
            + " PRIMARY KEY (id))");
    static final String POST = Seeds.table("CREATE TABLE post (id BIGINT NOT NULL AUTO_INCREMENT, author_id BIGINT NOT NULL,"
            + " body TEXT, created DATETIME(6) NOT NULL, slug VARCHAR(140) NOT NULL, title VARCHAR(140) NOT NULL,"
            + " PRIMARY KEY (id), UNIQUE KEY uk_post_slug (slug),"
            + " CONSTRAINT fk_post_author FOREIGN KEY (author_id) REFERENCES author (id))");
    static final String TAG = Seeds.table("CREATE TABLE tag (id BIGINT NOT NULL AUTO_INCREMENT, name VARCHAR(50) NOT NULL,"
            + " PRIMARY KEY (id), UNIQUE KEY uk_tag_name (name))");
    static final String POST_TAGS = Seeds.table("CREATE TABLE post_tags (post_id BIGINT NOT NULL, tag_id BIGINT NOT NULL,"
            + " PRIMARY KEY (post_id, tag_id), CONSTRAINT fk_post_tags_post FOREIGN KEY (post_id) REFERENCES post (id),"
            + " CONSTRAINT fk_post_tags_tag FOREIGN KEY (tag_id) REFERENCES tag (id))");
    static final String PROFILE = Seeds.table("CREATE TABLE author_profile (author_id BIGINT NOT NULL, website VARCHAR(200),"
            + " PRIMARY KEY (author_id), CONSTRAINT fk_author_profile_author FOREIGN KEY (author_id) REFERENCES author (id))");
    private static final List<String> AUTHORS = List.of("Grace", "Alan", "Barbara", "Dennis", "Edsger", "Margaret", "Ken", "Niklaus");
    private static final List<String> TAGS = List.of("java", "sql", "mysql", "python", "rust", "jpa", "flyway", "testing", "web");
    private static final List<String> TOPICS = List.of("Notes on indexes", "Why transactions matter", "A week with records",
            "Joins, explained", "Migrations without fear", "Testing with a real database", "Lazy loading, eagerly",
            "Unicode in MySQL", "Paging done right", "Small queries, big wins", "Reading query plans", "Names are hard");
    private static final LocalDateTime START = LocalDateTime.of(2024, 5, 1, 10, 0);

    private BlogSeeds() {
    }

    /** Exercise 10: authors, posts and Ada's profile; Linus has posts and no profile. */
    static Seed profiles(String exercise, Variant variant, Random random, long randomSeed) {
        Blog b = variant == Variant.VISIBLE ? chapterBlog(false) : randomBlog(random, false);
        return Seeds.seed(exercise, variant, randomSeed, DROPS, List.of(AUTHOR, POST, PROFILE), b.authors, b.posts, b.profiles);
    }

    /** Exercises 11 to 13: authors, posts and tags. */
    static Seed tagged(String exercise, Variant variant, Random random, long randomSeed) {
        Blog b = variant == Variant.VISIBLE ? chapterBlog(true) : randomBlog(random, true);
        return Seeds.seed(exercise, variant, randomSeed, DROPS, List.of(AUTHOR, POST, TAG, POST_TAGS), b.authors, b.posts, b.tags,
                b.postTags);
    }

    /** The rows of a blog, built in order. */
    private static final class Blog {
        SeedTable authors = SeedTable.of("author", "id", "name");
        SeedTable posts = SeedTable.of("post", "id", "author_id", "title", "slug", "body", "created");
        SeedTable tags = SeedTable.of("tag", "id", "name");
        SeedTable postTags = SeedTable.of("post_tags", "post_id", "tag_id");
        SeedTable profiles = SeedTable.of("author_profile", "author_id", "website");

        void post(long id, long author, String title, String body, LocalDateTime created) {
            posts = posts.row(id, author, title, slugify(title), body, created);
        }
    }

    /** Chapter 11's blog-data cell (and chapter 10's, without tags). */
    private static Blog chapterBlog(boolean withTags) {
        Blog b = new Blog();
        b.authors = b.authors.row(1L, "Ada").row(2L, "Linus");
        b.post(1, 1, "First post", "First post body", START);
        b.post(2, 1, "Café au lait: a second post", "More words", START.plusDays(1));
        b.post(3, 2, "Hello from Linus", "Short", START.plusDays(2));
        if (withTags) {
            b.tags = b.tags.row(1L, "java").row(2L, "sql").row(3L, "mysql");
            b.postTags = b.postTags.row(1L, 1L).row(1L, 2L).row(2L, 1L).row(3L, 2L).row(3L, 3L);
        } else {
            b.profiles = b.profiles.row(1L, "https://ada.example.com");
        }
        return b;
    }

    private static Blog randomBlog(Random random, boolean withTags) {
        Blog b = new Blog();
        List<String> names = new ArrayList<>(AUTHORS);
        Collections.shuffle(names, random);
        names = new ArrayList<>(names.subList(0, 1 + random.nextInt(3)));
        names.add("Ada");
        names.add("Linus");
        Collections.shuffle(names, random);
        List<String> topics = new ArrayList<>(TOPICS);
        Collections.shuffle(topics, random);
        long authorId = 3 + random.nextInt(20);
        long postId = 7 + random.nextInt(30);
        int topic = 0;
        List<Long> adasPosts = new ArrayList<>();
        List<Long> allPosts = new ArrayList<>();
        for (String name : names) {
            b.authors = b.authors.row(authorId, name);
            boolean named = name.equals("Ada") || name.equals("Linus");
            int count = named ? 2 + random.nextInt(2) : 1 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                String title = name.equals("Ada") && i == 0 ? "First post" : topics.get(topic++) + " (" + name + ")";
                b.post(postId, authorId, title, "Words by " + name, START.plusDays(random.nextInt(200)).plusMinutes(postId));
                (name.equals("Ada") ? adasPosts : allPosts).add(postId);
                postId += 1 + random.nextInt(3);
            }
            if (!withTags && !name.equals("Linus") && (name.equals("Ada") || random.nextBoolean())) {
                b.profiles = b.profiles.row(authorId, "https://" + name.toLowerCase(Locale.ROOT) + ".example.com");
            }
            authorId += 1 + random.nextInt(4);
        }
        if (withTags) {
            tag(b, random, adasPosts, allPosts);
        }
        return b;
    }

    /** Ada's posts share a tag (so a join returns it twice) and each has one more; other posts get 0 to 2 tags. */
    private static void tag(Blog b, Random random, List<Long> adasPosts, List<Long> others) {
        List<String> names = new ArrayList<>(TAGS);
        Collections.shuffle(names, random);
        names = names.subList(0, 3 + random.nextInt(4));
        List<Long> tagIds = new ArrayList<>();
        long tagId = 2 + random.nextInt(10);
        for (String n : names) {
            b.tags = b.tags.row(tagId, n);
            tagIds.add(tagId);
            tagId += 1 + random.nextInt(3);
        }
        Set<List<Long>> links = new LinkedHashSet<>();
        for (long p : adasPosts) {
            links.add(List.of(p, tagIds.get(0)));
            links.add(List.of(p, tagIds.get(1 + random.nextInt(tagIds.size() - 1))));
        }
        for (long p : others) {
            for (int i = random.nextInt(3); i > 0; i--) {
                links.add(List.of(p, tagIds.get(random.nextInt(tagIds.size()))));
            }
        }
        List<List<Long>> sorted = new ArrayList<>(links);
        sorted.sort((x, y) -> x.get(0).equals(y.get(0)) ? Long.compare(x.get(1), y.get(1)) : Long.compare(x.get(0), y.get(0)));
        for (List<Long> l : sorted) {
            b.postTags = b.postTags.row(l.get(0), l.get(1));
        }
    }

    /** The chapters' Post.slugify: "Café au lait: a second post" becomes "cafe-au-lait-a-second-post". */
    static String slugify(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
