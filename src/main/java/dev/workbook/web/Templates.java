package dev.workbook.web;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.cache.PebbleCache;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Flask's {@code templates/} folder for a notebook: Pebble templates (Jinja2's syntax: {@code {{ x }}},
 * {@code {% for %}}, {@code {% extends "base.html" %}}, {@code {% block %}}) whose text the cells give, so the
 * reader sees each one where it is introduced and a re-run cell replaces it. HTML autoescaping is on, as in Flask:
 * {@code {{ student.firstname }}} prints {@code <script>} as {@code &lt;script&gt;}.
 *
 * <p>Use it as the app's renderer ({@code config.fileRenderer(templates)}), then {@code ctx.render("index.html",
 * Map.of("students", list))} is {@code render_template('index.html', students=students)}; or call
 * {@link #render(String, Map)} directly to see the HTML a template makes.
 *
 * <p>Templates read getters, record components and fields; unlike plain Pebble also package-private ones, which
 * is what classes declared in JShell (and the workbook's entities) have.
 */
public final class Templates implements FileRenderer {
    private final TextLoader loader = new TextLoader();
    /** Compiled templates by name; add() replaces one entry, so the others stay compiled for the first request. */
    private final Map<Object, PebbleTemplate> compiled = new ConcurrentHashMap<>();
    private final PebbleEngine engine = new PebbleEngine.Builder()
            .loader(loader)
            .templateCache(new PebbleCache<>() {
                @Override
                public PebbleTemplate computeIfAbsent(Object key, Function<? super Object, ? extends PebbleTemplate> compile) {
                    return compiled.computeIfAbsent(key, compile);
                }

                @Override
                public void invalidateAll() {
                    compiled.clear();
                }
            })
            .autoEscaping(true)
            .defaultLocale(Locale.ENGLISH)
            .extension(new AbstractExtension() {
                @Override
                public List<AttributeResolver> getAttributeResolver() {
                    return List.of(new MemberAttributes());
                }
            })
            .build();

    /**
     * Adds (or replaces) the template {@code name}, e.g. "base.html" or "posts/index.html". Its syntax is checked now,
     * so a typo fails this call with the template's name and line.
     */
    public void add(String name, String text) {
        loader.put(name, text);
        // A page that extends this one finds it by name when it renders, so only this entry is stale.
        compiled.remove(loader.createCacheKey(name));
        engine.getTagCache().invalidateAll();
        engine.getTemplate(name);
    }

    /** The names of the templates added so far, sorted. */
    public Set<String> names() {
        return new TreeSet<>(loader.names());
    }

    /** Renders a template with its values: {@code render_template(name, **model)}, returning the HTML. */
    public String render(String name, Map<String, ?> model) {
        if (!loader.resourceExists(name)) {
            throw new PebbleException(null, "no template named '" + name + "'; the templates are " + names()
                    + " (add it with templates.add(\"" + name + "\", \"\"\"...\"\"\"))", null, name);
        }
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(name).evaluate(out, new HashMap<>(model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "templates " + names();
    }

    /** Javalin's hook: {@code ctx.render(name, model)} lands here. */
    @Override
    public String render(String filePath, Map<String, ?> model, Context context) {
        return render(filePath, model);
    }
}
