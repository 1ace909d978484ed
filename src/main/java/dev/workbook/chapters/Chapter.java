package dev.workbook.chapters;

import java.util.List;

/**
 * A chapter as written in src/main/resources/chapters/NN-slug.md: its id ("05-querying"), number, slug,
 * title (the first "# " heading) and cells, with includes not yet resolved (see {@link ChapterCatalog#cells}).
 */
public record Chapter(String id, String number, String slug, String title, List<Cell> cells) {
    public Chapter {
        cells = List.copyOf(cells);
    }

    /** The path of the source, as authors see it. */
    public String sourcePath() {
        return "src/main/resources/chapters/" + id + ".md";
    }

    /** Whether "05", "5", "05-querying" or "querying" names this chapter. */
    public boolean matches(String ref) {
        String r = ref.trim().toLowerCase(java.util.Locale.ROOT);
        if (r.endsWith(".md")) {
            r = r.substring(0, r.length() - 3);
        }
        if (r.matches("\\d{1,2}")) {
            return Integer.parseInt(r) == Integer.parseInt(number);
        }
        return r.equals(id) || r.equals(slug);
    }
}
