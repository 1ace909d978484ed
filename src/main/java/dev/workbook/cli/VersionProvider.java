package dev.workbook.cli;

import dev.workbook.config.Versions;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"workbook " + Versions.get("workbook.version"),
                "embedded MariaDB " + Versions.embeddedMariaDb() + ", docker image " + Versions.dockerMysqlImage()};
    }
}
