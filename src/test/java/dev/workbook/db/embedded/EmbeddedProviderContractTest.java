package dev.workbook.db.embedded;

import dev.workbook.db.Provider;
import dev.workbook.db.ProviderContract;
import dev.workbook.testing.TestHomes;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

@DisplayName("embedded provider: the provider contract")
class EmbeddedProviderContractTest extends ProviderContract {
    private final Path home = TestHomes.fresh("embedded-contract");

    @Override
    protected Provider provider() {
        return new EmbeddedProvider(TestHomes.settings(home), msg -> System.err.println("[embedded contract] " + msg));
    }

    @Override
    protected Map<String, String> cliEnv() {
        return TestHomes.env(home);
    }

    @Override
    protected Path home() {
        return home;
    }
}
