/**
 * Small helpers that let chapters 15 and 16 put entities behind real web pages and a JSON resource from a notebook
 * cell, a JShell script or {@code workbook web}, with Javalin (routes as lambdas, Jetty 12 underneath) and Pebble
 * (Jinja2's template syntax).
 *
 * <ul>
 *   <li>{@link dev.workbook.web.WebApp}: starts an app on 127.0.0.1 and a free port, prints its URL, and stops the
 *       previous app of the same name first, so re-running a cell never meets a busy port; {@code WebApp.warmUp()}
 *       loads the web stack in the background beforehand, so the app's first page comes quickly.</li>
 *   <li>{@link dev.workbook.web.Templates}: Flask's {@code templates/} folder, filled from text in the cells (the
 *       reader sees every template; no file has to exist next to a notebook, a script or inside a sandbox), with
 *       HTML autoescaping on; it is the app's {@code FileRenderer}, so {@code ctx.render(name, model)} is
 *       {@code render_template}.</li>
 *   <li>JSON bodies ({@code ctx.json}, {@code ctx.bodyAsClass}) go through the workbook's one JSON codec,
 *       {@link dev.workbook.json.Json} (Jackson 3); malformed JSON becomes a 400 response naming line and column.</li>
 * </ul>
 * Everything else in the chapters is plain Javalin and Pebble, as in a project of one's own.
 */
package dev.workbook.web;
