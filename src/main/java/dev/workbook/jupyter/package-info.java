/**
 * Jupyter for the workbook: the Java kernel, the notebook server, and what a student sees in a notebook.
 *
 * <h2>Installing and serving</h2>
 * {@link dev.workbook.jupyter.KernelInstaller} writes the kernelspec "Java (workbook)" (rapaio-jupyter-kernel from Maven
 * Central, or an IJava/JJava release) with the workbook's classpath and settings, so notebooks need no magics and stay
 * kernel-agnostic. {@link dev.workbook.jupyter.NotebookServer} runs Jupyter on 127.0.0.1 on the student's own copies
 * ({@link dev.workbook.jupyter.NotebookCopies}: the workbook home's {@code work/}, mirroring {@code notebooks/},
 * {@code troubleshooting/} and the README, so relative links open inside Jupyter; the tracked notebooks stay clean);
 * its log goes to a file, the terminal gets real problems only ({@link dev.workbook.jupyter.ServerLog}).
 *
 * <h2>Inside the kernel's JVM</h2>
 * {@link dev.workbook.jupyter.RapaioLauncher} and its helpers (the {@code Kernel*} classes, JDK only, copied into
 * {@code launcher.jar} beside the kernel jar) start rapaio 3.0.1 with fixes: its start-up races, values as plain text
 * ({@link dev.workbook.jupyter.KernelValues}; rapaio sends unescaped HTML, hiding {@code <Student Sammy>}), null shown,
 * the real exception of a failed cell kept ({@link dev.workbook.jupyter.KernelCells}), errors explained in the CLI's
 * style ({@link dev.workbook.jupyter.KernelErrors} calls {@link dev.workbook.jupyter.CellErrors} in the cells' class
 * loader; pages come from {@link dev.workbook.jupyter.ErrorPages}, the one lookup), chatter to a log file
 * ({@link dev.workbook.jupyter.KernelLog}). Start-up is cut by class-data archives built at install
 * ({@link dev.workbook.jupyter.KernelArchive}, {@link dev.workbook.jupyter.CliArchive}).
 *
 * <h2>Headless runs</h2>
 * {@link dev.workbook.jupyter.NotebookExecutor} runs notebooks through nbconvert and reports misbehaving cells, including
 * outputs a browser would hide ({@link dev.workbook.jupyter.HiddenOutput}).
 */
package dev.workbook.jupyter;
