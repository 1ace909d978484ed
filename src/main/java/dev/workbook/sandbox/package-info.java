/**
 * The student JVM: untrusted code (a student's exercise, a submission being graded) runs in a JVM of its own, never in
 * the checker's or the grader's.
 *
 * <h2>Threat model</h2>
 * The code is written by someone who may want an exercise to pass without solving it, or who simply wrote an endless
 * loop. It may print anything, call {@code System.exit}, exhaust memory or the stack, start threads or processes, open
 * sockets, read files, reflect on anything in its own JVM, and connect to the database server with any credentials it
 * finds. What must hold regardless: the trusted process always gets its report; the verdict comes only from the checks,
 * which the trusted process runs on the database after the code's account was dropped and its connections killed; the
 * code cannot reach another run's database, the {@code workbook} database, the administrative account or server
 * settings; and nothing is left behind, even when the trusted process itself is killed.
 *
 * <h2>Design</h2>
 * <ul>
 *   <li>{@link dev.workbook.sandbox.StudentJvm} starts {@code java ... dev.workbook.sandbox.WorkerMain} (in the
 *   background, so it boots while the caller creates databases) and talks to it over a Unix socket in a private
 *   directory: length-prefixed frames, JSON messages through the workbook's one JSON codec, and output bytes. One
 *   JVM serves one principal and is reused between its runs; a run that kills or taints it gets it replaced.</li>
 *   <li>In the child, the chapters' JShell runner ({@link dev.workbook.chapters.ScriptShell}) runs each step's pieces
 *   on the local execution engine, with each piece's first line, so errors name the student's own line. Each run has
 *   a fresh JShell (opened ahead of time) that persists across its steps; each step points the Workbook facade at its
 *   database, and SessionFactories follow the facade.</li>
 *   <li>Limits are enforced from outside: the parent kills the process tree at the run's deadline (a loop catching
 *   Throwable cannot escape a kill), counts every output byte and kills past the limit, and reads the JVM's exit:
 *   {@code -XX:+ExitOnOutOfMemoryError} turns an OutOfMemoryError into an exit it recognises, any other exit is the
 *   script's {@code System.exit} or {@code Runtime.halt}, named at the last snippet the child announced. Process
 *   creation is blocked inside the child ({@link dev.workbook.sandbox.ProcessBlocker}); threads left running end the
 *   run (THREADS_LEFT) and retire the JVM.</li>
 *   <li>The child's messages describe the script run only. A script can reach the worker's classes by reflection and
 *   could write frames of its own; that changes what the report says about the run, never the verdict, which comes
 *   from the checks in the trusted process. Output cannot forge anything: it travels as output, never parsed.</li>
 *   <li>Containment: under bubblewrap where it works ({@link dev.workbook.sandbox.Bubblewrap}): own namespaces, no
 *   network (the database is reached through a relay: a loopback port inside, a Unix socket across, the real server
 *   outside), no home directory, read-only JDK and class path without the check classes. Elsewhere a plain process
 *   with the same limits, and {@link dev.workbook.sandbox.StudentJvm#containment()} says which.</li>
 *   <li>Databases: {@link dev.workbook.sandbox.db} makes one database and account per run, limited on the server,
 *   held by a lease lock, swept when their owner died.</li>
 * </ul>
 *
 * <h2>Speed</h2>
 * A student JVM is a short-lived JVM that compiles a little Java and bootstraps Hibernate, so: C1 only, serial GC, no
 * perf data file; a static class-data-sharing archive of the classes such a run loads, made once in the background
 * under the workbook cache ({@link dev.workbook.sandbox.ClassDataArchive}); the JVM starts when the caller calls
 * {@link dev.workbook.sandbox.StudentJvm#start} (before it creates databases), opens the first run's JShell and
 * bootstraps Hibernate once meanwhile, and opens the next run's JShell while the caller runs checks. Figures:
 * {@code bench/sandbox.sh}.
 *
 * <h2>Limits of the containment</h2>
 * Without bubblewrap the student's code runs as this user: it can read this user's files (the workbook's config and
 * the embedded server's password among them) and reach the network; {@code containment()} says so, and reports and
 * grading results carry it. Under bubblewrap it still shares the kernel and the database server with everyone else;
 * the server's per-account limits and the run's wall time bound what it can do there. Process creation is blocked
 * through the JDK (native code could still fork; bubblewrap then keeps it inside the sandbox). A script can reach the
 * worker's own objects by reflection; all it can do with them is misreport its own run or, in the same principal's
 * JVM, meddle with that principal's next run.
 */
package dev.workbook.sandbox;
