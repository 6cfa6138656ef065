package io.pcmops.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.http.Method;
import io.pcmops.http.testing.ApiClient;
import io.pcmops.http.testing.ServerTestBase;
import io.pcmops.model.Role;
import org.junit.jupiter.api.Test;

/** The library's rules on users, passwords, tokens and the run-local right, as the API answers them. */
class UserRulesApiTest extends ServerTestBase {

    private static String field(String json, String name) {
        return json.replaceAll(".*\"" + name + "\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void demote_theOnlyAdmin_isRefusedWith409_byTheApiAndThePage() {
        ApiClient admin = signedIn("admin");

        ApiClient.Reply api = admin.send(Method.PATCH, "/api/v1/users/admin", "{\"roles\":[\"viewer\"]}");
        ApiClient.Reply page = admin.form("/users/admin", "action=role&role=viewer");

        assertThat(api.code()).isEqualTo(409);
        assertThat(api.body()).contains("\"error\":\"conflict\"", "last enabled admin");
        assertThat(page.code()).isEqualTo(409);
        assertThat(app().library().users().get("admin").roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void runOnLocal_needsTheGrant_whichAnAdminGives() {
        app().user("plainop", "plainop-Password-1", Role.OPERATOR);
        ApiClient operator = anonymous().login("plainop", "plainop-Password-1");
        String run = "{\"selector\":{\"provider\":\"local\"},\"script\":{\"language\":\"shell\",\"body\":\"true\"}}";

        ApiClient.Reply refused = operator.post("/api/v1/runs", run);
        ApiClient.Reply plan = operator.post("/api/v1/plans", "{\"provider\":\"local\"}");
        ApiClient.Reply grant = signedIn("admin").send(Method.PATCH, "/api/v1/users/plainop",
                "{\"grants\":[\"run-local\"]}");

        assertThat(refused.code()).isEqualTo(403);
        assertThat(refused.body()).contains("run-local");
        assertThat(plan.code()).isEqualTo(403);
        assertThat(grant.body()).contains("\"grants\":[\"run-local\"]");
        assertThat(operator.post("/api/v1/runs", run).code()).isEqualTo(202);
    }

    @Test
    void passwordChange_needsTheCurrentOne_endsOtherSessions_andRevokesTokens() {
        app().user("changer", "changer-Password-1", Role.OPERATOR);
        ApiClient here = anonymous().login("changer", "changer-Password-1");
        ApiClient elsewhere = anonymous().login("changer", "changer-Password-1");
        String created = here.post("/api/v1/tokens", "{\"name\":\"ci\"}").body();
        ApiClient bearer = anonymous().bearer(field(created, "token"));

        ApiClient.Reply wrong = here.post("/api/v1/auth/password",
                "{\"currentPassword\":\"not-the-Password-1\",\"newPassword\":\"changer-Password-2\"}");
        ApiClient.Reply changed = here.post("/api/v1/auth/password",
                "{\"currentPassword\":\"changer-Password-1\",\"newPassword\":\"changer-Password-2\"}");

        assertThat(wrong.code()).isEqualTo(403);
        assertThat(changed.code()).isEqualTo(200);
        assertThat(changed.body()).contains("\"endedSessions\":1", "\"revokedTokens\":[{", field(created, "id"));
        assertThat(elsewhere.get("/api/v1/auth/me").code()).isEqualTo(401);
        assertThat(bearer.get("/api/v1/auth/me").code()).isEqualTo(401);
    }

    @Test
    void token_cannotMintALongerLivedOrMorePowerfulToken_andCarriesOnlyItsRights() {
        ApiClient admin = signedIn("admin");
        String readOnly = field(admin.post("/api/v1/tokens", "{\"name\":\"ro\",\"expiresInDays\":2,"
                + "\"rights\":[\"read\"]}").body(), "token");
        ApiClient bearer = anonymous().bearer(readOnly);

        ApiClient.Reply longer = bearer.post("/api/v1/tokens", "{\"name\":\"long\",\"expiresInDays\":30}");
        ApiClient.Reply stronger = bearer.post("/api/v1/tokens", "{\"name\":\"admin\",\"expiresInDays\":1,"
                + "\"rights\":[\"administer\"]}");

        assertThat(longer.code()).isEqualTo(403);
        assertThat(longer.body()).contains("cannot outlive");
        assertThat(stronger.code()).isEqualTo(403);
        assertThat(bearer.get("/api/v1/users").code()).isEqualTo(403);
        assertThat(bearer.get("/api/v1/runs").code()).isEqualTo(200);
        assertThat(bearer.get("/api/v1/auth/me").body()).contains("\"rights\":[\"read\"]");
    }
}
