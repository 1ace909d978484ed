package dev.workbook.web;

import io.pebbletemplates.pebble.loader.Loader;
import java.io.Reader;
import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pebble's source of template text: a map from name to text. (Pebble's own MemoryLoader keeps the first text given
 * for a name; a notebook needs the last, because re-running a cell is how one edits a template.)
 */
final class TextLoader implements Loader<String> {
    private final Map<String, String> texts = new ConcurrentHashMap<>();

    void put(String name, String text) {
        texts.put(normalize(name), text);
    }

    Set<String> names() {
        return texts.keySet();
    }

    @Override
    public Reader getReader(String name) {
        String text = texts.get(normalize(name));
        return text == null ? null : new StringReader(text);
    }

    @Override
    public void setCharset(String charset) {
        // text is already a String
    }

    @Override
    public void setPrefix(String prefix) {
        // names are used as given
    }

    @Override
    public void setSuffix(String suffix) {
        // names are used as given
    }

    /** {@code {% extends "base.html" %}} and {@code {% include %}} name templates from the root, as Flask does. */
    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return normalize(relativePath);
    }

    @Override
    public String createCacheKey(String templateName) {
        return normalize(templateName);
    }

    @Override
    public boolean resourceExists(String templateName) {
        return texts.containsKey(normalize(templateName));
    }

    private static String normalize(String name) {
        return name.startsWith("/") ? name.substring(1) : name;
    }
}
