package io.pcmops.internal.provider;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.InvalidRequestException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server's rule for {@code local}: never enabled as root without a runAs account. */
class LocalRunAsRuleTest {

    private final LocalRunAsRule asRoot = new LocalRunAsRule(true, () -> true);

    @Test
    void localEnabledAsRootWithoutRunAs_isRefusedNamingTheFix() {
        assertThatThrownBy(() -> asRoot.check("local", Map.of("enabled", "true")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("PCMOPS_LOCAL_RUN_AS");
        assertThatThrownBy(() -> asRoot.check("local", Map.of("runAs", " ")))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void runAsSet_orLocalOff_orNotRoot_orNotAsked_isAllowed() {
        assertThatCode(() -> asRoot.check("local", Map.of("enabled", "true", "runAs", "nobody")))
                .doesNotThrowAnyException();
        assertThatCode(() -> asRoot.check("local", Map.of("enabled", "false"))).doesNotThrowAnyException();
        assertThatCode(() -> asRoot.check("aws", Map.of())).doesNotThrowAnyException();
        assertThatCode(() -> new LocalRunAsRule(true, () -> false).check("local", Map.of()))
                .doesNotThrowAnyException();
        assertThatCode(() -> new LocalRunAsRule(false, () -> true).check("local", Map.of()))
                .doesNotThrowAnyException();
    }
}
