package dev.workbook.jupyter;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of a kernel.json. The "workbook" metadata marks specs this tool wrote, so uninstall never removes
 * someone else's kernel, and records where the kernel's support files live.
 */
record KernelSpec(String displayName, KernelKind kind, List<String> argv, Map<String, String> env, Path filesDir,
                  Path project) {
    static final String LANGUAGE = "java";

    Map<String, Object> toJson() {
        Map<String, Object> workbook = new LinkedHashMap<>();
        workbook.put("kind", kind.id());
        workbook.put("files", filesDir.toString());
        workbook.put("project", project.toString());
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("workbook", workbook);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("argv", List.copyOf(argv));
        json.put("display_name", displayName);
        json.put("language", LANGUAGE);
        json.put("interrupt_mode", "message");
        json.put("env", new LinkedHashMap<>(env));
        json.put("metadata", metadata);
        return json;
    }

    /** The "workbook" metadata of a kernel.json, or null when the spec was not written by the workbook. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> workbookMetadata(Map<String, Object> kernelJson) {
        Object md = kernelJson.get("metadata");
        if (md instanceof Map<?, ?> m && m.get("workbook") instanceof Map<?, ?> w) {
            return (Map<String, Object>) w;
        }
        return null;
    }
}
