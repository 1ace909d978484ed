package dev.workbook.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The launcher's fixes, against the pinned rapaio jar's real classes (loaded apart, nothing started but one loop). */
class RapaioLauncherTest {
    private static URLClassLoader kernelLoader() throws Exception {
        URL jar = ProjectDir.detect().rapaioJar().toUri().toURL();
        return new URLClassLoader(new URL[] {jar}, ClassLoader.getPlatformClassLoader());
    }

    @Test
    @DisplayName("the pinned rapaio kernel has every member the start-up fixes need (else the launcher falls back)")
    void pinnedKernelMatchesTheLauncher() throws Exception {
        try (URLClassLoader cl = kernelLoader()) {
            assertThat(RapaioLauncher.lookup(cl)).hasSize(7).doesNotContainNull();
        }
    }

    @Test
    @DisplayName("a channel loop thread that ended as it started (running still true) is replaced by one that runs")
    void deadLoopThreadIsRevived() throws Exception {
        try (URLClassLoader cl = kernelLoader()) {
            Object[] h = RapaioLauncher.lookup(cl);
            String json = "{\"shell_port\": 1, \"iopub_port\": 2, \"stdin_port\": 3, \"control_port\": 4, \"hb_port\": 5,"
                    + " \"ip\": \"127.0.0.1\", \"key\": \"k\", \"transport\": \"tcp\", \"signature_scheme\": \"hmac-sha256\"}";
            Object props = ((Method) h[2]).invoke(null, json, (Class<?>) h[6]);
            Object channels = ((java.lang.reflect.Constructor<?>) h[1]).newInstance(props);
            Field all = channels.getClass().getDeclaredField("channels");
            all.setAccessible(true);
            Object shell = null;
            for (Object c : (Iterable<?>) all.get(channels)) {
                shell = c.getClass().getSimpleName().equals("ShellChannel") ? c : shell;
            }
            assertThat(shell).as("the kernel has a shell channel").isNotNull();
            Class<?> loopType = Class.forName("org.rapaio.jupyter.kernel.channels.LoopThread", false, cl);
            CountDownLatch ran = new CountDownLatch(1);
            Thread dead = (Thread) loopType.getConstructor(String.class, long.class, Runnable.class)
                    .newInstance("Shell-test", 50L, (Runnable) ran::countDown);
            dead.run(); // as in the race: run() sees running == false and returns at once
            Field running = loopType.getDeclaredField("running");
            running.setAccessible(true);
            running.setBoolean(dead, true); // ... then start() sets it, too late
            Field loopField = shell.getClass().getDeclaredField("loopThread");
            loopField.setAccessible(true);
            loopField.set(shell, dead);

            assertThat(RapaioLauncher.reviveLoops(channels)).as("one dead loop, one restart").isEqualTo(1);
            Thread fresh = (Thread) loopField.get(shell);
            try {
                assertThat(fresh).isNotSameAs(dead);
                assertThat(ran.await(5, TimeUnit.SECONDS)).as("the new loop runs the channel's body").isTrue();
                assertThat(RapaioLauncher.reviveLoops(channels)).as("a live loop is left alone").isZero();
                loopType.getMethod("shutdown").invoke(fresh);
                fresh.join(5000);
                assertThat(RapaioLauncher.reviveLoops(channels)).as("a loop shut down on purpose stays down").isZero();
            } finally {
                loopType.getMethod("shutdown").invoke(fresh);
                channels.getClass().getMethod("close").invoke(channels);
            }
        }
    }

    @Test
    @DisplayName("the launcher's classes use only the JDK and have no nested classes, so they run beside the kernel jar alone")
    void launcherIsSelfContained(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        for (Class<?> c : RapaioLauncher.CLASSES) {
            assertThat(c.getDeclaredClasses()).as(c.getSimpleName()).isEmpty();
            assertThat(c.getResource(c.getSimpleName() + "$1.class")).as(c.getSimpleName()).isNull();
        }
        java.nio.file.Path launcherJar = KernelArchive.writeLauncherJar(dir);
        URL jar = ProjectDir.detect().rapaioJar().toUri().toURL();
        try (URLClassLoader alone = new URLClassLoader(new URL[] {launcherJar.toUri().toURL(), jar}, ClassLoader.getPlatformClassLoader())) {
            for (Class<?> c : RapaioLauncher.CLASSES) {
                Class<?> loaded = Class.forName(c.getName(), true, alone);
                assertThat(loaded.getClassLoader()).isSameAs(alone);
                assertThat(loaded.getDeclaredMethods()).isNotEmpty(); // links every signature type
            }
        }
    }

    /** Stands in for rapaio's Channels: the field connect() replaces. */
    static final class Holder {
        java.util.Map<Object, Object> handlers;
    }

    @Test
    @DisplayName("a request that arrives while the sockets are bound waits for the real handler instead of being dropped")
    void earlyRequestWaitsForItsHandler() throws Exception {
        Holder holder = new Holder();
        Field field = Holder.class.getDeclaredField("handlers");
        CountDownLatch connected = new CountDownLatch(1);
        holder.handlers = RapaioLauncher.waitingHandlers(field, holder, connected);
        java.util.concurrent.CompletableFuture<Object> early = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> holder.handlers.get("kernel_info_request"));
        Thread.sleep(200);
        assertThat(early).as("still waiting: connect has not filled the map").isNotDone();
        holder.handlers = java.util.Map.of("kernel_info_request", "the real handler");
        connected.countDown();
        assertThat(early.get(5, TimeUnit.SECONDS)).isEqualTo("the real handler");
    }
}
