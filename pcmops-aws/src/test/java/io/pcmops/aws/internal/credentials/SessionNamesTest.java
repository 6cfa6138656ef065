package io.pcmops.aws.internal.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionNamesTest {

    @Test
    void of_whenUserHasForbiddenCharacters_replacesThem() {
        assertThat(SessionNames.of("Jane Doe/ops#1", "r-01abc")).isEqualTo("pcmops-Jane_Doe_ops_1-r-01abc");
    }

    @Test
    void of_whenTooLong_keepsTheRunIdAndStaysWithin64() {
        String name = SessionNames.of("a".repeat(100), "r-01m8a6ymf4p6ka8z");

        assertThat(name).hasSize(64).endsWith("-r-01m8a6ymf4p6ka8z").matches("[\\w+=,.@-]+");
    }

    @Test
    void of_whenNoUserOrRun_usesUnknownOnly() {
        assertThat(SessionNames.of(null, null)).isEqualTo("pcmops-unknown");
    }
}
