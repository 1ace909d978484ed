package dev.workbook.db;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hides passwords in URLs and in free text (logs, error messages) before anything is printed. */
public final class Redactor {
    public static final String MASK = "****";
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)([?&;](?:password|pwd)=)[^&;\\s]*");
    private static final Pattern USERINFO = Pattern.compile("(//[^:/@\\s]+:)[^@/\\s]+@");

    private Redactor() {
    }

    /** Redacts password parameters and user:password@ parts of URLs found in the text. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String s = URL_PASSWORD.matcher(text).replaceAll("$1" + Matcher.quoteReplacement(MASK));
        return USERINFO.matcher(s).replaceAll("$1" + Matcher.quoteReplacement(MASK) + "@");
    }

    /** Redacts the given secrets wherever they occur, plus everything {@link #redact(String)} hides. */
    public static String redact(String text, String... secrets) {
        String s = redact(text);
        if (s == null) {
            return null;
        }
        for (String secret : secrets) {
            if (secret != null && secret.length() >= 3) {
                s = s.replace(secret, MASK);
            }
        }
        return s;
    }
}
