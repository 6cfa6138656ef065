package io.pcmops.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.http.testing.ApiClient;
import io.pcmops.http.testing.ServerTestBase;
import io.pcmops.http.testing.TestApp;
import io.pcmops.model.AuditQuery;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without trusted proxies, {@code X-Forwarded-For} is ignored: a client cannot pick the address it is known by. */
class ForwardedForTest extends ServerTestBase {

    private static final TestApp APP = TestApp.create(settings -> settings, Map.of());

    @Test
    void forwardedFor_fromAnUntrustedPeer_isIgnored() {
        ApiClient.Reply reply = anonymous().forwardedFor("10.9.9.9").post("/api/v1/auth/login",
                "{\"username\":\"nobody\",\"password\":\"whatever-password\"}");

        assertThat(reply.code()).isEqualTo(401);
        assertThat(APP.library().audit().list(new AuditQuery("nobody", "login.failed", null, null)).items().get(0)
                .details().get("client")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }
}
