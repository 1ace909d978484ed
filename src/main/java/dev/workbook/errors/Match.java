package dev.workbook.errors;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the catalogue recognises one entry: by the server's (or client library's) error code, by words in the message,
 * or by the exception's class. A code match may also require words, where one code means several things (2002 by
 * its errno, 1290 only for --skip-grant-tables).
 */
@FunctionalInterface
interface Match {
    /** Never matches: the entry is found by the doctor's probes or raised by the workbook itself. */
    Match NONE = e -> false;

    boolean test(Evidence e);

    /**
     * One thing to recognise: in the code pass a vendor code and the message of the exception that carries it; in the
     * text pass (code 0) one element of the cause chain as "class: message", or pasted text. Text is lower case.
     */
    record Evidence(int code, String text, Throwable element) {
        public Evidence {
            text = text == null ? "" : text.toLowerCase(Locale.ROOT);
        }

        boolean byCode() {
            return code != 0;
        }
    }

    static Match code(int... codes) {
        return e -> {
            for (int c : codes) {
                if (e.byCode() && e.code() == c) {
                    return true;
                }
            }
            return false;
        };
    }

    /** In the text pass: the text holds every one of these fragments (case-insensitive). */
    static Match text(String... allOf) {
        List<String> frags = List.of(allOf).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        return e -> !e.byCode() && frags.stream().allMatch(e.text()::contains);
    }

    /** In the text pass: an exception in the chain is this class or a subclass of it (by full or simple name). */
    static Match exception(String className) {
        return e -> {
            if (e.byCode() || e.element() == null) {
                return false;
            }
            for (Class<?> k = e.element().getClass(); k != null; k = k.getSuperclass()) {
                if (k.getName().equals(className) || k.getSimpleName().equals(className)) {
                    return true;
                }
            }
            return false;
        };
    }

    default Match or(Match other) {
        return e -> test(e) || other.test(e);
    }

    /** Only when the message also satisfies this (what tells apart entries that share a code). */
    default Match when(Predicate<String> onLowerCaseText) {
        return e -> test(e) && onLowerCaseText.test(e.text());
    }

    static Predicate<String> says(String fragment) {
        String f = fragment.toLowerCase(Locale.ROOT);
        return t -> t.contains(f);
    }

    /** The OS errno client errors end with, "... (13)"; "2" when the message has none. */
    static Predicate<String> errno(String... values) {
        return t -> List.of(values).contains(errnoOf(t));
    }

    static String errnoOf(String text) {
        Matcher m = Pattern.compile("\\((\\d+)\\)\\s*$").matcher(text.strip());
        return m.find() ? m.group(1) : "2";
    }
}
