package io.pcmops.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.http.Method;
import io.pcmops.http.routing.RouteSpec;
import io.pcmops.http.testing.ApiClient;
import io.pcmops.http.testing.ServerTestBase;
import org.junit.jupiter.api.Test;

/** Users, scripts, targets, accounts, providers, audit, metrics, OpenAPI and health through the API. */
class ResourcesApiTest extends ServerTestBase {

    @Test
    void users_createUpdateDelete_byAdmin() {
        ApiClient admin = signedIn("admin");

        ApiClient.Reply created = admin.post("/api/v1/users",
                "{\"username\":\"alice\",\"password\":\"alice-Password-1\",\"roles\":[\"viewer\"]}");
        ApiClient.Reply weak = admin.post("/api/v1/users",
                "{\"username\":\"bob\",\"password\":\"short\",\"roles\":[\"viewer\"]}");
        ApiClient.Reply promoted = admin.send(Method.PATCH, "/api/v1/users/alice", "{\"roles\":[\"operator\"]}");

        assertThat(created.code()).isEqualTo(201);
        assertThat(created.body()).contains("\"mustChangePassword\":true").doesNotContain("alice-Password-1", "argon2");
        assertThat(weak.code()).isEqualTo(400);
        assertThat(weak.body()).contains("at least 12 characters");
        assertThat(promoted.body()).contains("\"roles\":[\"operator\"]");
        assertThat(admin.post("/api/v1/users", "{\"username\":\"alice\",\"password\":\"alice-Password-1\","
                + "\"roles\":[\"viewer\"]}").code()).isEqualTo(409);
        assertThat(admin.delete("/api/v1/users/admin").code()).isEqualTo(400);
        assertThat(admin.delete("/api/v1/users/alice").code()).isEqualTo(204);
        assertThat(admin.get("/api/v1/users/alice").code()).isEqualTo(404);
    }

    @Test
    void scripts_saveVersionsAndDelete() {
        ApiClient admin = signedIn("admin");
        String v1 = "{\"name\":\"disk\",\"language\":\"shell\",\"body\":\"df -h\",\"parameters\":[{\"name\":\"MOUNT\","
                + "\"type\":\"string\",\"required\":false,\"defaultValue\":\"/\"}]}";

        assertThat(admin.post("/api/v1/scripts", v1).code()).isEqualTo(201);
        assertThat(admin.post("/api/v1/scripts", v1).code()).isEqualTo(409);
        ApiClient.Reply v2 = admin.send(Method.PUT, "/api/v1/scripts/disk",
                "{\"name\":\"disk\",\"language\":\"shell\",\"body\":\"df -h \\\"$MOUNT\\\"\"}");

        assertThat(v2.body()).contains("\"version\":2");
        assertThat(admin.get("/api/v1/scripts/disk/versions").body()).contains("\"version\":1", "\"version\":2");
        assertThat(admin.get("/api/v1/scripts/disk/versions/1").body()).contains("\"body\":\"df -h\"");
        assertThat(admin.get("/api/v1/scripts/disk/versions/one").code()).isEqualTo(400);
        assertThat(admin.send(Method.PUT, "/api/v1/scripts/disk", "{\"name\":\"other\",\"language\":\"shell\","
                + "\"body\":\"x\"}").code()).isEqualTo(400);
        assertThat(admin.delete("/api/v1/scripts/disk").code()).isEqualTo(204);
        assertThat(admin.get("/api/v1/scripts/disk").code()).isEqualTo(404);
    }

    @Test
    void targets_listWithSelectorFieldsAndReadCsv() {
        ApiClient admin = signedIn("admin");

        ApiClient.Reply listed = admin.get("/api/v1/targets?provider=stub&tag=Env=prod&regions=us-east-1");
        ApiClient.Reply csv = admin.send(Method.POST, "/api/v1/targets/csv",
                "instance_id,account_id,region\ni-0123456789abcdef0,111122223333,us-gov-west-1\n", "text/csv", admin.csrf());
        ApiClient.Reply badCsv = admin.send(Method.POST, "/api/v1/targets/csv", "account_id,region\n1,us-east-1\n",
                "text/csv", admin.csrf());

        assertThat(listed.code()).isEqualTo(200);
        assertThat(listed.body()).contains("\"targetId\":\"stub-000001\"", "\"reachability\"")
                .doesNotContain("\"region\":\"eu-west-1\"");
        assertThat(admin.get("/api/v1/targets?provider=nope").body()).contains("unknown provider 'nope'");
        assertThat(admin.get("/api/v1/targets?provider=stub&platform=amiga").code()).isEqualTo(400);
        assertThat(csv.body()).contains("\"ids\":[\"i-0123456789abcdef0\"]", "\"line\":2");
        assertThat(badCsv.code()).isEqualTo(400);
        assertThat(badCsv.body()).containsIgnoringCase("line");
    }

    @Test
    void accounts_addDiscoverAndRemove() {
        ApiClient admin = signedIn("admin");
        admin.post("/api/v1/credentials", "{\"id\":\"org\",\"provider\":\"testcloud\",\"partition\":\"aws\","
                + "\"source\":\"vault\",\"secret\":\"AKIAEXAMPLEKEY000001:s3cr3t\"}");

        ApiClient.Reply added = admin.post("/api/v1/accounts", "{\"provider\":\"testcloud\",\"partition\":\"aws\","
                + "\"accountId\":\"999988887777\",\"name\":\"manual\"}");
        ApiClient.Reply discovered = admin.post("/api/v1/accounts/discover", "{\"credentialRootId\":\"org\"}");

        assertThat(added.code()).isEqualTo(201);
        assertThat(discovered.body()).contains("111122223333", "444455556666");
        assertThat(signedIn("viewer").get("/api/v1/accounts").body())
                .contains("999988887777", "444455556666");
        assertThat(admin.delete("/api/v1/accounts/testcloud/999988887777").code()).isEqualTo(204);
        assertThat(admin.post("/api/v1/accounts/discover", "{}").code()).isEqualTo(400);
    }

    @Test
    void providers_disableAndEnable_byAdmin() {
        ApiClient admin = signedIn("admin");

        ApiClient.Reply off = admin.send(Method.PUT, "/api/v1/providers/local/settings/enabled", "{\"value\":\"false\"}");

        assertThat(off.body()).contains("\"enabled\":\"false\"");
        assertThat(admin.get("/api/v1/providers").body()).contains("\"id\":\"local\"", "\"enabled\":false");
        assertThat(admin.get("/api/v1/targets?provider=local").body()).contains("disabled");
        assertThat(admin.delete("/api/v1/providers/local/settings/enabled").code()).isEqualTo(200);
        assertThat(admin.send(Method.PUT, "/api/v1/providers/nope/settings/enabled", "{\"value\":\"true\"}").code())
                .isEqualTo(404);
    }

    @Test
    void providerSettings_ofWrongTypeRangeOrKey_are400NamingTheSetting() {
        ApiClient admin = signedIn("admin");

        ApiClient.Reply yes = admin.send(Method.PUT, "/api/v1/providers/local/settings/enabled", "{\"value\":\"yes\"}");
        ApiClient.Reply negative = admin.send(Method.PUT, "/api/v1/providers/local/settings/maxOutputBytes",
                "{\"value\":\"-1\"}");
        ApiClient.Reply unknown = admin.send(Method.PUT, "/api/v1/providers/local/settings/colour",
                "{\"value\":\"blue\"}");

        assertThat(yes.code()).isEqualTo(400);
        assertThat(yes.body()).contains("setting 'enabled' must be true or false");
        assertThat(negative.code()).isEqualTo(400);
        assertThat(negative.body()).contains("maxOutputBytes", "1024");
        assertThat(unknown.code()).isEqualTo(400);
        assertThat(unknown.body()).contains("no setting 'colour'");
        assertThat(admin.get("/api/v1/providers/local/settings").body()).doesNotContain("maxOutputBytes", "yes");
    }

    @Test
    void audit_listsAndVerifiesTheChain() {
        ApiClient admin = signedIn("admin");

        assertThat(admin.get("/api/v1/audit?action=login.").body()).contains("\"action\":\"login.ok\"");
        assertThat(admin.get("/api/v1/audit/verify").body()).contains("\"valid\":true", "\"problem\":\"NONE\"");
        assertThat(admin.get("/api/v1/audit?since=yesterday").code()).isEqualTo(400);
    }

    @Test
    void metrics_healthAndOpenapi() {
        ApiClient viewer = signedIn("viewer");

        String metrics = viewer.get("/metrics").body();
        ApiClient.Reply health = anonymous().get("/health");
        String openapi = viewer.get("/openapi").body();

        assertThat(metrics).contains("# TYPE pcmops_runs gauge", "pcmops_runs{status=\"RUNNING\"}",
                "pcmops_invocations{state=\"SUCCESS\"}", "pcmops_provider_enabled{provider=\"stub\"} 1",
                "# TYPE pcmops_provider_api_calls_total counter");
        assertThat(health.code()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"store\":\"UP\"");
        assertThat(openapi).startsWith("openapi: 3.1.0");
        for (RouteSpec route : app().component().catalog().routes()) {
            if (route.api()) {
                assertThat(openapi).as("OpenAPI documents " + route).contains("  " + route.path() + ":");
                assertThat(openapi.substring(openapi.indexOf("  " + route.path() + ":")))
                        .as("OpenAPI documents " + route).contains(route.method().text().toLowerCase() + ":");
            }
        }
    }
}
