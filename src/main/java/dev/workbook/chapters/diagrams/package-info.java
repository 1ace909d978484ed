/**
 * Mermaid diagrams drawn as SVG when the chapters are exported, so every notebook shows them with no network and no
 * Mermaid support: classic Notebook 6.4 (Debian 12's) and JupyterLab before 4.1 cannot render Mermaid, VS Code needs
 * an extension, GitHub's notebook view does not run it.
 *
 * <h2>Why a renderer of our own</h2>
 * No Mermaid renderer runs on the JVM; mermaid-cli needs Node.js and a headless browser at export time, and its SVG
 * (generated ids, measured text) differs between versions and machines, so the drift test (the committed notebooks
 * are exactly what the sources generate) could not reproduce it in CI. The chapters use two small subsets:
 * {@code erDiagram} (entities with typed attributes, PK/FK/UK, comments; relationships with crow's-foot cardinality)
 * and {@code sequenceDiagram} (participants, solid and dashed messages, notes). {@link dev.workbook.chapters.diagrams.MermaidSvg}
 * draws exactly those, deterministically (monospaced text measured by character count, fixed layout), and rejects
 * anything else with the line it cannot read, so an author learns at export time, never from a missing picture.
 * The Mermaid text stays in the notebook (folded) for tools that render it.
 */
package dev.workbook.chapters.diagrams;
