package dev.workbook.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RapaioLauncherTest {
    @Test
    @DisplayName("the pinned rapaio kernel has every member the start-up race fix needs (else it would silently fall back)")
    void pinnedKernelMatchesTheLauncher() throws Exception {
        URL jar = ProjectDir.detect().rapaioJar().toUri().toURL();
        try (URLClassLoader cl = new URLClassLoader(new URL[] {jar}, ClassLoader.getPlatformClassLoader())) {
            Object[] handles = RapaioLauncher.lookup(cl);
            assertThat(handles).hasSize(7).doesNotContainNull();
        }
    }

    @Test
    @DisplayName("the launcher is one class file using only the JDK, so it can run beside the kernel jar alone")
    void launcherIsSelfContained() {
        assertThat(RapaioLauncher.class.getDeclaredClasses()).isEmpty();
        assertThat(RapaioLauncher.class.getResource("RapaioLauncher$1.class")).isNull();
    }
}
