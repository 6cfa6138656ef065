package io.pcmops.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.InvalidRequestException;
import io.pcmops.aws.testkit.ScopedSystemProperties;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The switch is off here (other tests of this JVM may have turned it on through the test kit). */
class EndpointOverridesTest {

    private ScopedSystemProperties switchOff;

    @BeforeEach
    void turnTheSwitchOff() {
        switchOff = ScopedSystemProperties.set(Map.of(EndpointOverrides.ALLOW_PROPERTY, "false"));
    }

    @AfterEach
    void restoreTheSwitch() {
        switchOff.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://ssm.us-east-1.amazonaws.com", "https://SSM.us-gov-west-1.amazonaws.com/",
            "https://ssm-fips.us-east-1.amazonaws.com", "https://ec2.us-east-1.api.aws",
            "https://vpce-0a1b2c3d-ssm.ssm.us-east-1.vpce.amazonaws.com",
            "https://ssm.cn-north-1.amazonaws.com.cn", "https://ec2.cn-north-1.api.amazonwebservices.com.cn:443"})
    void parse_whenHttpsInAnAwsDomain_acceptsIt(String endpoint) {
        assertThat(EndpointOverrides.parse("endpoint.ssm", endpoint)).isEqualTo(URI.create(endpoint));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://ssm.us-east-1.amazonaws.com", "https://attacker.example",
            "https://amazonaws.com.attacker.example", "https://amazonaws.com", "https://127.0.0.1:5000",
            "http://127.0.0.1:5000", "https://ssm.us-east-1.amazonaws.com.", "ftp://ssm.us-east-1.amazonaws.com"})
    void parse_whenNotHttpsInAnAwsDomain_refusesNamingTheSettingAndTheSwitch(String endpoint) {
        assertThatThrownBy(() -> EndpointOverrides.parse("endpoint.sts", endpoint))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("setting endpoint.sts").hasMessageContaining("must be an https endpoint")
                .hasMessageContaining(EndpointOverrides.ALLOW_ENV);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:pw@ssm.us-east-1.amazonaws.com", "https://ssm.us-east-1.amazonaws.com/?x=1",
            "https://ssm.us-east-1.amazonaws.com/#x", "not a url", "ssm.us-east-1.amazonaws.com"})
    void parse_whenNotAPlainUrl_refusesIt(String endpoint) {
        assertThatThrownBy(() -> EndpointOverrides.parse("endpoint.ssm", endpoint))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("must be a URL");
    }

    @Test
    void checkFor_whenEndpointIsAnotherPartitionsDomain_refusesIt() {
        URI commercial = URI.create("https://ssm.us-east-1.amazonaws.com");

        EndpointOverrides.checkFor("endpoint.ssm", commercial, "aws-us-gov");
        assertThatThrownBy(() -> EndpointOverrides.checkFor("endpoint.ssm", commercial, "aws-cn"))
                .hasMessageContaining("a domain of partition aws-cn (amazonaws.com.cn, api.amazonwebservices.com.cn)");
    }

    @Test
    void parse_whenTheOperatorAllowsEmulators_acceptsLoopbackHttp() {
        try (ScopedSystemProperties allowed = ScopedSystemProperties.set(Map.of(EndpointOverrides.ALLOW_PROPERTY,
                "true"))) {
            assertThat(EndpointOverrides.parse("endpoint.ssm", "http://127.0.0.1:5000"))
                    .isEqualTo(URI.create("http://127.0.0.1:5000"));
            EndpointOverrides.checkFor("endpoint.ssm", URI.create("http://127.0.0.1:5000"), "aws-cn");
        }
    }

    @Test
    void domains_comeFromTheSdksPartitionMetadata() {
        assertThat(EndpointOverrides.domains("aws")).containsExactly("amazonaws.com", "api.aws");
        assertThat(EndpointOverrides.domains("nope!")).isEmpty();
    }
}
