package dev.workbook.doctor;

import dev.workbook.json.Json;
import java.io.PrintWriter;

/** The same findings as JSON for tools: {"summary":..., "exitCode":..., "counts":{...}, "findings":[...]}. */
public final class JsonReport {
    private JsonReport() {
    }

    public static void print(Report r, PrintWriter out) {
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("  \"summary\": ").append(str(r.summary())).append(",\n");
        sb.append("  \"exitCode\": ").append(r.exitCode()).append(",\n");
        sb.append("  \"elapsedMillis\": ").append(r.elapsedMillis()).append(",\n");
        sb.append("  \"counts\": {");
        Status[] all = Status.values();
        for (int i = 0; i < all.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(str(all[i].id())).append(": ").append(r.count(all[i]));
        }
        sb.append("},\n  \"findings\": [");
        for (int i = 0; i < r.findings().size(); i++) {
            Finding f = r.findings().get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("    {\"check\": ").append(str(f.check()))
                    .append(", \"status\": ").append(str(f.status().id()))
                    .append(", \"found\": ").append(str(f.found()))
                    .append(", \"condition\": ").append(f.condition() == null ? "null" : str(f.condition().id()))
                    .append(", \"fix\": ").append(str(f.fix()))
                    .append(", \"help\": ").append(str(f.help())).append('}');
        }
        sb.append("\n  ]\n}");
        out.println(sb);
        out.flush();
    }

    static String str(String s) {
        return Json.string(s);
    }
}
