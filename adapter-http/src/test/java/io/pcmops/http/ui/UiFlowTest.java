package io.pcmops.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.http.Method;
import io.pcmops.http.testing.ApiClient;
import io.pcmops.http.testing.ServerTestBase;
import io.pcmops.model.Run;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The pages' forms over a real socket: launcher preview and confirm, tokens, users, providers. */
class UiFlowTest extends ServerTestBase {

    @Test
    void confirmedPreview_runsOnExactlyThePreviewedPlan() throws Exception {
        ApiClient operator = signedIn("operator");

        ApiClient.Reply preview = operator.form("/runs/preview", "provider=stub&tag=Env%3Ddev&scriptMode=inline"
                + "&language=shell&body=uptime&maxConcurrency=5&changeTicket=CHG-42");
        String planId = preview.body().replaceAll("(?s).*<code id=\"plan-id\">([^<]+)</code>.*", "$1");
        ApiClient.Reply started = operator.form("/runs/start", "planId=" + planId + "&scriptMode=inline"
                + "&language=shell&body=uptime&maxConcurrency=5&changeTicket=CHG-42");

        assertThat(preview.code()).isEqualTo(200);
        assertThat(preview.body()).contains("Preview: 10 targets", "id=\"confirm-run\"");
        assertThat(started.code()).isEqualTo(303);
        String runId = started.header("Location").substring("/runs/".length());
        Run run = app().library().runs().completion(runId).get(20, TimeUnit.SECONDS);
        assertThat(run.planId()).isEqualTo(planId);
        assertThat(run.targetCount()).isEqualTo(10);
        assertThat(run.requestedBy()).isEqualTo("operator");
        assertThat(run.changeTicket()).isEqualTo("CHG-42");
        assertThat(operator.get("/runs/" + runId).body()).contains("id=\"run-status\"", "sse-connect=\"/runs/" + runId);
        assertThat(operator.get("/runs/" + runId + "/targets/stub-000002").body()).contains("id=\"stdout\"", "ok");
    }

    @Test
    void launcher_withBadOptions_answers400Page() {
        ApiClient operator = signedIn("operator");

        ApiClient.Reply reply = operator.form("/runs/preview", "provider=stub&scriptMode=inline&language=shell"
                + "&body=uptime&maxConcurrency=lots");

        assertThat(reply.code()).isEqualTo(400);
        assertThat(reply.body()).contains("id=\"error-message\"", "maxConcurrency 'lots' must be");
    }

    @Test
    void tokensPage_showsNewTokenOnceThenOnlyItsName() {
        ApiClient viewer = signedIn("viewer");

        ApiClient.Reply created = viewer.form("/tokens", "name=report&expiresInDays=7");
        String token = created.body().replaceAll("(?s).*<pre class=\"mb-0 mt-2\" id=\"token-text\">([^<]+)</pre>.*", "$1");

        assertThat(token).startsWith("pcm_");
        assertThat(viewer.get("/tokens").body()).contains("report").doesNotContain(token);
        assertThat(anonymous().bearer(token).get("/api/v1/runs").code()).isEqualTo(200);
        assertThat(viewer.form("/tokens", "name=x&expiresInDays=soon").code()).isEqualTo(400);
    }

    @Test
    void usersPage_adminAddsUserWhoMustChangePassword() {
        ApiClient admin = signedIn("admin");

        ApiClient.Reply added = admin.form("/users", "username=carol&password=carol-Password-1&role=viewer"
                + "&mustChangePassword=on");
        ApiClient carol = anonymous().login("carol", "carol-Password-1");

        assertThat(added.code()).isEqualTo(303);
        assertThat(carol.get("/").header("Location")).isEqualTo("/account/password");
        assertThat(carol.get("/account/password").body()).contains("id=\"forced-change\"");
        ApiClient.Reply changed = carol.form("/account/password", "currentPassword=carol-Password-1"
                + "&newPassword=carol-Password-2&confirmPassword=carol-Password-2");
        assertThat(changed.code()).isEqualTo(303);
        assertThat(anonymous().login("carol", "carol-Password-2").get("/").code()).isEqualTo(200);
    }

    @Test
    void providersPage_adminTurnsLocalOff() {
        ApiClient admin = signedIn("admin");

        assertThat(admin.form("/providers/local/enabled", "enabled=false").code()).isEqualTo(303);
        assertThat(app().library().providerEnabled("local")).isFalse();
        assertThat(admin.form("/providers/local/enabled", "enabled=true").code()).isEqualTo(303);
        assertThat(app().library().providerEnabled("local")).isTrue();
    }

    @Test
    void loginPage_wrongPassword_showsErrorWithoutSession() {
        ApiClient browser = anonymous();
        String token = browser.openSignInForm();

        ApiClient.Reply reply = browser.send(Method.POST, "/login",
                "username=viewer&password=nope-nope-nope&_csrf=" + token, "application/x-www-form-urlencoded", null);

        assertThat(reply.code()).isEqualTo(401);
        assertThat(reply.body()).contains("id=\"login-error\"");
        assertThat(reply.header("Set-Cookie")).isNull();
    }

    @Test
    void preview_fromPastedCsv_plansExactlyTheListedTargets() {
        ApiClient operator = signedIn("operator");
        String csv = java.net.URLEncoder.encode("instance_id,name\nstub-000003,a\nstub-000004,b\n",
                java.nio.charset.StandardCharsets.UTF_8);

        ApiClient.Reply preview = operator.form("/runs/preview", "provider=stub&csv=" + csv
                + "&scriptMode=inline&language=shell&body=id");
        ApiClient.Reply badCsv = operator.form("/runs/preview", "provider=stub&csv=name%0Ax%0A"
                + "&scriptMode=inline&language=shell&body=id");

        assertThat(preview.body()).contains("Preview: 2 targets", "stub-000003", "stub-000004")
                .doesNotContain("stub-000005");
        assertThat(badCsv.code()).isEqualTo(400);
    }

    @Test
    void cancelButton_onRunningLocalRun_cancelsIt() throws Exception {
        ApiClient operator = signedIn("operator");
        String runId = operator.post("/api/v1/runs", "{\"selector\":{\"provider\":\"local\"},"
                + "\"script\":{\"language\":\"shell\",\"body\":\"sleep 30\"}}").body()
                .replaceAll(".*\"id\":\"(r-[^\"]+)\".*", "$1");

        ApiClient.Reply cancelled = operator.form("/runs/" + runId + "/cancel", "");
        Run run = app().library().runs().completion(runId).get(60, TimeUnit.SECONDS);

        assertThat(cancelled.code()).isEqualTo(303);
        assertThat(run.status()).isEqualTo(io.pcmops.model.RunStatus.CANCELLED);
        assertThat(app().library().audit().list(new io.pcmops.model.AuditQuery("operator", "run.cancel", null, null))
                .items()).extracting(e -> e.subject()).contains(runId);
    }
}
