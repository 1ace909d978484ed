package dev.workbook.grading.intake;

import dev.workbook.grading.Catalog;
import dev.workbook.grading.ExerciseInfo;
import dev.workbook.grading.Finding;
import dev.workbook.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Looks at a submitted notebook before anything runs: valid JSON, a Java kernel, and for each exercise its solution
 * cells (metadata {@code workbook.exercise} = id, {@code role} = "solution", {@code part} = 1..n) each part once and none
 * missing. A chapter notebook whose exercise cells are gone is reported for that exercise. What passes is graded by the
 * checker's own notebook reader; what fails is recorded with its reason and graded 0.
 */
final class NotebookInspector {
    record Inspection(List<String> exercises, Map<String, String> refused, List<Finding> findings, List<String> code) {
    }

    private final Catalog catalog;

    NotebookInspector(Catalog catalog) {
        this.catalog = catalog;
    }

    @SuppressWarnings("unchecked")
    Inspection inspect(String label, String text) {
        Map<String, String> refused = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        Optional<ExerciseInfo> byName = chapterOf(label).flatMap(catalog::forChapter);
        Map<String, Object> nb;
        try {
            nb = Json.parseObject(text);
        } catch (IllegalArgumentException e) {
            String why = "the notebook is not valid JSON (" + e.getMessage() + "); was it edited outside Jupyter?";
            findings.add(Finding.badInput(label, why));
            byName.ifPresent(ex -> refused.put(ex.id(), label + ": " + why));
            return new Inspection(List.of(), refused, findings, List.of());
        }
        Map<String, Object> meta = nb.get("metadata") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Optional<ExerciseInfo> chapterExercise = meta.get("workbook") instanceof Map<?, ?> wb && wb.get("chapter") instanceof String ch
                ? catalog.forChapter(ch) : byName;
        String language = language(meta);
        if (language != null && !language.equalsIgnoreCase("java")) {
            String why = "written for a foreign kernel (language " + language + "); open the workbook's notebook with the "
                    + "\"Java (workbook)\" kernel and solve the exercise there";
            findings.add(Finding.badInput(label, why));
            chapterExercise.ifPresent(ex -> refused.put(ex.id(), label + ": " + why));
            return new Inspection(List.of(), refused, findings, List.of());
        }
        Map<String, TreeMap<Integer, List<String>>> parts = new LinkedHashMap<>();
        List<String> code = new ArrayList<>();
        List<Object> cells = nb.get("cells") instanceof List<?> l ? (List<Object>) l : List.of();
        int index = 0;
        for (Object o : cells) {
            index++;
            if (!(o instanceof Map<?, ?> cell) || !"code".equals(cell.get("cell_type"))) {
                continue;
            }
            code.add(source(cell.get("source")));
            if (cell.get("metadata") instanceof Map<?, ?> cm && cm.get("workbook") instanceof Map<?, ?> w
                    && w.get("exercise") instanceof String id && "solution".equals(w.get("role"))) {
                int part = w.get("part") instanceof Number n ? n.intValue() : 1;
                String cellId = cell.get("id") instanceof String s ? s : "cell " + index;
                parts.computeIfAbsent(id, k -> new TreeMap<>()).computeIfAbsent(part, k -> new ArrayList<>()).add(cellId);
            }
        }
        List<String> found = new ArrayList<>();
        parts.forEach((id, byPart) -> {
            if (catalog.find(id).isEmpty()) {
                findings.add(Finding.note(label, "cells for an exercise this class is not graded on: " + id));
                return;
            }
            String problem = partsProblem(byPart);
            if (problem != null) {
                findings.add(Finding.badInput(label, id + ": " + problem));
                refused.put(id, label + ": " + problem);
            } else {
                found.add(id);
            }
        });
        chapterExercise.filter(ex -> !parts.containsKey(ex.id())).ifPresent(ex -> {
            String why = "the exercise cells of " + ex.id() + " are missing (deleted or their metadata removed); "
                    + "restore them (workbook reset " + ex.id() + ") and paste your solution back";
            findings.add(Finding.badInput(label, why));
            refused.put(ex.id(), label + ": " + why);
        });
        return new Inspection(found, refused, findings, code);
    }

    private static String partsProblem(TreeMap<Integer, List<String>> byPart) {
        for (Map.Entry<Integer, List<String>> e : byPart.entrySet()) {
            if (e.getValue().size() > 1) {
                return "part " + e.getKey() + " appears in " + e.getValue().size() + " cells (" + String.join(", ", e.getValue())
                        + "): keep one and delete the copies";
            }
        }
        int expected = 1;
        for (int part : byPart.keySet()) {
            if (part != expected) {
                return "part " + expected + " of the solution cells is missing";
            }
            expected++;
        }
        return null;
    }

    private static Optional<String> chapterOf(String label) {
        String file = label.substring(label.lastIndexOf('/') + 1);
        return file.endsWith(".ipynb") ? Optional.of(file.substring(0, file.length() - 6)) : Optional.empty();
    }

    private static String language(Map<String, Object> meta) {
        if (meta.get("kernelspec") instanceof Map<?, ?> ks && ks.get("language") instanceof String l) {
            return l;
        }
        if (meta.get("language_info") instanceof Map<?, ?> li && li.get("name") instanceof String l) {
            return l;
        }
        return null;
    }

    static String source(Object s) {
        if (s instanceof String str) {
            return str;
        }
        if (s instanceof List<?> lines) {
            StringBuilder sb = new StringBuilder();
            lines.forEach(x -> sb.append(x));
            return sb.toString();
        }
        return "";
    }
}
