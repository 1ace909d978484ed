package dev.workbook.sandbox;

/**
 * How the student JVM is contained. {@link #PROCESS}: a separate JVM with limits (always available).
 * {@link #BUBBLEWRAP}: that JVM inside bubblewrap (Linux): no network but the database, no home directory, a read-only
 * view of the JDK and the class path. {@link #AUTO}: bubblewrap when it works here, otherwise process only.
 */
public enum Containment { AUTO, BUBBLEWRAP, PROCESS }
