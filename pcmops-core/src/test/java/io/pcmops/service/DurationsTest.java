package io.pcmops.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.InvalidRequestException;
import io.pcmops.model.Durations;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void parse_acceptsShortFormsAndIso() {
        assertThat(Durations.parse("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(Durations.parse("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parse("2d")).isEqualTo(Duration.ofDays(2));
        assertThat(Durations.parse("PT10M")).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void parse_ofGarbage_namesTheText() {
        assertThatThrownBy(() -> Durations.parse("ten minutes")).isInstanceOf(InvalidRequestException.class)
                .hasMessage("bad duration 'ten minutes'; use e.g. 90s, 10m, 1h or PT10M");
    }

    @Test
    void format_writesTheShortForm() {
        assertThat(Durations.format(Duration.ofSeconds(5430))).isEqualTo("1h30m30s");
        assertThat(Durations.format(Duration.ofMillis(250))).isEqualTo("250ms");
    }
}
