package dev.workbook.cli;

import dev.workbook.config.ConfigKey;
import dev.workbook.config.Settings;
import dev.workbook.db.Redactor;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Show every setting, its value and where it came from (flag > environment > config file > default).")
final class ConfigCommand implements Callable<Integer> {
    @ParentCommand
    WorkbookCommand root;

    @Mixin
    ConnectionOptions options;

    @Override
    public Integer call() {
        Settings s = options.settings(root.ctx);
        root.ctx.out().println("config file: " + s.configFile());
        for (ConfigKey k : ConfigKey.values()) {
            String v = s.get(k);
            String shown = v == null ? "(unset)" : k.isSecret() ? Redactor.MASK : v;
            String source = s.source(k) == null ? "" : s.source(k).name().toLowerCase(Locale.ROOT).replace('_', ' ');
            root.ctx.out().printf("  %-18s %-28s %-12s %s%n", k.key(), shown, source, k.envName());
        }
        return 0;
    }
}
