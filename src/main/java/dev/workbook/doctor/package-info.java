/**
 * {@code workbook doctor}: read-only diagnosis of a MySQL/MariaDB set-up, cheapest checks first. Its parts read as its
 * design:
 * <ul>
 *   <li>{@code catalogue}: for each error of the one catalogue ({@link dev.workbook.errors.KnownError}) the exact
 *       fix on this server line and platform;</li>
 *   <li>{@code probes}: observations without verdicts (a server's greeting, processes, services, option files, who
 *       holds a port);</li>
 *   <li>{@code checks}: turn observations into findings, for the machine and for the configured server;</li>
 *   <li>{@code reports}: the findings and how they print (text, JSON).</li>
 * </ul>
 * {@link dev.workbook.doctor.Doctor} runs a plan ({@link dev.workbook.doctor.DoctorPlans} builds one from the settings)
 * and explains pasted errors.
 */
package dev.workbook.doctor;
