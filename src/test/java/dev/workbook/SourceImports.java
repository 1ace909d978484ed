package dev.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Package dependencies read from the sources' import lines. ArchUnit reads bytecode, where a compile-time constant
 * ({@code Answers.TABLE}) leaves no trace because javac copies its value; the import line still shows the dependency.
 */
final class SourceImports {
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)(?:\\.\\*)?;", Pattern.MULTILINE);

    private SourceImports() {
    }

    /** For each package under {@code base} in the source tree: the packages under {@code base} its files import. */
    static Map<String, Set<String>> of(Path sourceRoot, String base) {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                Matcher pm = PACKAGE.matcher(text);
                if (!pm.find() || !inBase(base, pm.group(1))) {
                    continue;
                }
                Set<String> deps = graph.computeIfAbsent(pm.group(1), k -> new TreeSet<>());
                Matcher im = IMPORT.matcher(text);
                while (im.find()) {
                    String pkg = packageOf(im.group(1));
                    if (inBase(base, pkg) && !pkg.equals(pm.group(1))) {
                        deps.add(pkg);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** The package part of an imported name: the segments before the first one that starts with a capital. */
    static String packageOf(String name) {
        List<String> out = new ArrayList<>();
        for (String s : name.split("\\.")) {
            if (!s.isEmpty() && Character.isUpperCase(s.charAt(0))) {
                break;
            }
            out.add(s);
        }
        return String.join(".", out);
    }

    /** The packages of one cycle in the graph, or an empty list when there is none. */
    static List<String> cycle(Map<String, Set<String>> graph) {
        Map<String, Integer> state = new TreeMap<>();
        for (String start : graph.keySet()) {
            List<String> path = new ArrayList<>();
            List<String> found = visit(start, graph, state, path);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<String> visit(String node, Map<String, Set<String>> graph, Map<String, Integer> state, List<String> path) {
        Integer s = state.get(node);
        if (s != null && s == 2) {
            return List.of();
        }
        if (s != null && s == 1) {
            List<String> c = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            c.add(node);
            return c;
        }
        state.put(node, 1);
        path.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            List<String> found = visit(next, graph, state, path);
            if (!found.isEmpty()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
        return List.of();
    }

    private static boolean inBase(String base, String pkg) {
        return pkg.equals(base) || pkg.startsWith(base + ".");
    }
}
