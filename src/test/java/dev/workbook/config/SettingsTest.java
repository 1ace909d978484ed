package dev.workbook.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testing.TestHomes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Settings: flag, then environment, then config file, then default")
class SettingsTest {
    @Test
    @DisplayName("each source wins over the ones below it")
    void precedence() throws Exception {
        Path home = TestHomes.fresh("precedence");
        Files.writeString(home.resolve("config.properties"),
                "provider = server\ndb.host = file-host\ndb.port = 3307\ndb.user = fileuser\n");
        Map<String, String> env = TestHomes.env(home);
        env.put("WORKBOOK_DB_HOST", "env-host");
        env.put("WORKBOOK_DB_PORT", "3308");
        Settings s = Settings.load(home, Map.of(ConfigKey.DB_HOST, "flag-host"), env);
        assertThat(s.get(ConfigKey.DB_HOST)).isEqualTo("flag-host");
        assertThat(s.source(ConfigKey.DB_HOST)).isEqualTo(Settings.Source.FLAG);
        assertThat(s.get(ConfigKey.DB_PORT)).isEqualTo("3308");
        assertThat(s.source(ConfigKey.DB_PORT)).isEqualTo(Settings.Source.ENVIRONMENT);
        assertThat(s.get(ConfigKey.DB_USER)).isEqualTo("fileuser");
        assertThat(s.source(ConfigKey.DB_USER)).isEqualTo(Settings.Source.CONFIG_FILE);
        assertThat(s.get(ConfigKey.DB_NAME)).isEqualTo("workbook");
        assertThat(s.source(ConfigKey.DB_NAME)).isEqualTo(Settings.Source.DEFAULT);
        assertThat(s.provider()).isEqualTo(ProviderKind.SERVER);
    }

    @Test
    @DisplayName("the home comes from WORKBOOK_HOME, else ~/.workbook")
    void home() {
        assertThat(Settings.homeFrom(Map.of("WORKBOOK_HOME", "/tmp/wb"))).isEqualTo(Path.of("/tmp/wb"));
        assertThat(Settings.homeFrom(Map.of())).isEqualTo(Path.of(System.getProperty("user.home"), ".workbook"));
    }

    @Test
    @DisplayName("toString never shows a password")
    void noPasswordInToString() {
        Path home = TestHomes.fresh("tostring");
        Settings s = Settings.load(home, Map.of(ConfigKey.DB_PASSWORD, "hunter2-x"), TestHomes.env(home));
        assertThat(s.toString()).doesNotContain("hunter2-x").contains("db.password=****");
    }
}
