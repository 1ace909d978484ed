package dev.workbook.sandbox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One run as the trusted process drives it: sends the request, follows the student JVM's messages until it says the
 * run is done, and enforces the wall time (a kill at the deadline, which no loop inside the JVM can escape). When the
 * JVM ends early, how it ended (killed by us, out of memory, its exit code) becomes the current step's ending, named
 * at the line of the last snippet it started.
 */
final class RunDriver {
    record Result(List<StepOutcome> steps, boolean retire) {
    }

    private static final long PREPARE_BUDGET_NANOS = 90_000_000_000L;
    private static final boolean DEBUG = Boolean.getBoolean("workbook.sandbox.debug");

    private final WorkerProcess w;
    private final Limits limits;

    RunDriver(WorkerProcess w, Limits limits) {
        this.w = w;
        this.limits = limits;
    }

    Result run(RunRequest req) throws InterruptedException {
        RunOutput out = new RunOutput(limits.maxOutputBytes(), () -> w.kill(Ending.OUTPUT_LIMIT));
        w.beginRun(out);
        List<StepOutcome> steps = new ArrayList<>();
        Map<String, Object> lastSnippet = null;
        long stepStart = System.nanoTime();
        // Until the JVM says the run started, it may still be warming up (a new JVM): a budget of its own.
        long deadline = stepStart + PREPARE_BUDGET_NANOS;
        boolean retire = false;
        boolean started = false;
        WorkerProcess.Event e;
        try {
            w.send(Messages.run(req, w.relaysFor(req)));
        } catch (IOException ex) {
            if (DEBUG) {
                ex.printStackTrace();
            }
            w.kill(Ending.CRASHED);
        }
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            e = left > 0 ? w.poll(left) : null;
            if (e == null) {
                w.kill(started ? Ending.TIMED_OUT : Ending.CRASHED);
                e = w.poll(5000);
                if (e == null) {
                    e = new WorkerProcess.Closed("no answer after the kill");
                }
            }
            if (e instanceof WorkerProcess.Message m) {
                if (DEBUG) {
                    System.err.println("[sandbox " + (System.nanoTime() - stepStart) / 1_000_000 + " ms] " + m.json());
                }
                String type = Messages.str(m.json(), "type");
                if ("started".equals(type)) {
                    started = true;
                    stepStart = System.nanoTime();
                    deadline = stepStart + limits.wallTimePerRun().toNanos();
                } else if ("snippet".equals(type)) {
                    lastSnippet = m.json();
                } else if ("step".equals(type) && steps.size() < req.steps().size()) {
                    steps.add(stepOutcome(req.steps().get(steps.size()).name(), m.json(), out.takeStep(), stepStart));
                    lastSnippet = null;
                    stepStart = System.nanoTime();
                } else if ("done".equals(type)) {
                    retire = Boolean.TRUE.equals(m.json().get("tainted"));
                    markThreadsLeft(steps, Messages.list(m.json().get("threadsLeft")));
                    break;
                }
            } else {
                if (DEBUG) {
                    System.err.println("[sandbox] channel closed: " + ((WorkerProcess.Closed) e).why());
                }
                if (steps.size() < req.steps().size()) {
                    steps.add(Endings.abnormal(w, limits, req.steps().get(steps.size()).name(), lastSnippet, out.takeStep(),
                            stepStart, started));
                }
                retire = true;
                break;
            }
        }
        StepOutcome last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        for (int i = steps.size(); i < req.steps().size(); i++) {
            steps.add(new StepOutcome(req.steps().get(i).name(), Ending.NOT_RUN, "not run: step '" + last.step() + "' ended the run ("
                    + last.ending() + ")", null, "", false, 0));
        }
        w.endRun();
        return new Result(steps, retire || !w.alive());
    }

    private static StepOutcome stepOutcome(String name, Map<String, Object> m, RunOutput.Segment output, long start) {
        Ending ending;
        try {
            ending = Ending.valueOf(Messages.str(m, "ending"));
        } catch (IllegalArgumentException | NullPointerException e) {
            ending = Ending.CRASHED;
        }
        return new StepOutcome(name, ending, Messages.str(m, "reason"), Messages.failure(Messages.map(m.get("failure")).isEmpty()
                ? null : Messages.map(m.get("failure"))), output.text(), output.truncated(), (System.nanoTime() - start) / 1_000_000);
    }

    private static void markThreadsLeft(List<StepOutcome> steps, List<String> threads) {
        if (threads.isEmpty() || steps.isEmpty()) {
            return;
        }
        int i = steps.size() - 1;
        StepOutcome s = steps.get(i);
        String reason = "the script ended but left " + threads.size() + (threads.size() == 1 ? " thread" : " threads")
                + " running (" + String.join(", ", threads) + "); the student JVM was stopped with "
                + (threads.size() == 1 ? "it" : "them") + " and the next run starts a fresh one";
        steps.set(i, new StepOutcome(s.step(), Ending.THREADS_LEFT, reason, s.failure(), s.output(), s.outputTruncated(), s.millis()));
    }
}
