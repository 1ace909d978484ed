package dev.workbook.grading.report;

/** Escaping for text put into HTML: everything a student wrote or a check said goes through here. */
public final class Html {
    private Html() {
    }

    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A self-contained page: inline style, no script, no link to anything outside it. */
    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
                + "<title>" + esc(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 70em; color: #222; line-height: 1.4; }
            h1 { font-size: 1.6em; } h2 { font-size: 1.25em; margin-top: 1.6em; border-bottom: 1px solid #ddd; }
            table { border-collapse: collapse; margin: .5em 0; } td, th { border: 1px solid #ccc; padding: .2em .5em; text-align: left; vertical-align: top; }
            th { background: #f3f3f3; } .pass { color: #176f2c; } .fail { color: #b00020; } .muted { color: #666; }
            pre { background: #f6f6f6; padding: .5em; white-space: pre-wrap; } .charts { display: flex; flex-wrap: wrap; gap: 1em; }
            figure { margin: 0; border: 1px solid #ddd; padding: .5em; width: 330px; } figcaption { font-size: .9em; }
            """;
}
