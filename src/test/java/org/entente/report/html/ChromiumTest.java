package org.entente.report.html;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChromiumTest {

    @TempDir
    Path empty;

    @Test
    void aMissingChromiumFailsTheBrowserTestsInsteadOfSkippingThem() {
        assertThatThrownBy(() -> Chromium.find(Map.of("PATH", empty.toString(), "CHROMIUM", empty.resolve("nope").toString())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("apt-get install -y chromium");
    }
}
