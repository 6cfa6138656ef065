package io.pcmops.http.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.http.testing.ApiClient;
import io.pcmops.http.testing.ServerTestBase;
import io.pcmops.model.Run;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The change pages: CSV import (compared first), a change's machines, status and runs, and running on it. */
class ChangePagesTest extends ServerTestBase {

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String csv(String number, String... ids) {
        StringBuilder csv = new StringBuilder("instance_id,name,change_number\n");
        for (String id : ids) {
            csv.append(id).append(",host-").append(id).append(',').append(number).append('\n');
        }
        return encoded(csv.toString());
    }

    @Test
    void importForm_thenChangePage_showsMachinesStatusAndActions() {
        ApiClient operator = signedIn("operator");

        ApiClient.Reply imported = operator.form("/changes/import", "description=Reboot+web&csv="
                + csv("CHG-UI", "stub-000003", "stub-000004"));
        String page = operator.get("/changes/CHG-UI").body();

        assertThat(imported.code()).isEqualTo(303);
        assertThat(imported.header("Location")).isEqualTo("/changes/CHG-UI");
        assertThat(page).contains("Reboot web", "id=\"change-status\">new<", "stub-000003", "host-stub-000004",
                "No runs yet.", "href=\"/runs/new?change=CHG-UI\"");
        assertThat(operator.get("/changes").body()).contains("href=\"/changes/CHG-UI\"", "id=\"import-form\"");
        assertThat(signedIn("viewer").get("/changes/CHG-UI").body()).contains("stub-000003")
                .doesNotContain("id=\"run-on-change\"", "id=\"set-status\"");
        assertThat(signedIn("viewer").get("/changes").body()).doesNotContain("id=\"import-form\"");
    }

    @Test
    void compareForm_showsTheDifference_andItsImportButtonStoresIt() {
        ApiClient operator = signedIn("operator");
        operator.form("/changes/import", "csv=" + csv("CHG-CMP", "i-01", "i-02"));

        ApiClient.Reply compared = operator.form("/changes/compare", "description=second&csv="
                + csv("CHG-CMP", "i-02", "i-03"));
        String hidden = compared.body().replaceAll("(?s).*<input type=\"hidden\" name=\"csv\" value=\"([^\"]*)\">.*",
                "$1").replace("&#10;", "\n");

        assertThat(compared.code()).isEqualTo(200);
        assertThat(compared.body()).contains("1 added, 1 removed, 0 changed", "i-03", "id=\"confirm-import\"");
        assertThat(operator.get("/changes/CHG-CMP").body()).contains("i-01").doesNotContain("i-03");
        assertThat(operator.form("/changes/import", "description=second&csv=" + encoded(hidden)).code())
                .isEqualTo(303);
        assertThat(operator.get("/changes/CHG-CMP").body()).contains("i-03", "second").doesNotContain("i-01");
        assertThat(operator.form("/changes/compare", "csv=" + encoded("instance_id\ni-01\n")).code()).isEqualTo(400);
    }

    @Test
    void statusAndDeleteForms_changeTheTicket() {
        ApiClient operator = signedIn("operator");
        operator.form("/changes/import", "csv=" + csv("CHG-ST", "i-01"));

        assertThat(operator.form("/changes/CHG-ST/status", "status=in-progress").code()).isEqualTo(303);
        assertThat(operator.get("/changes/CHG-ST").body()).contains("id=\"change-status\">in-progress<");
        assertThat(operator.form("/changes/CHG-ST/status", "status=later").code()).isEqualTo(400);
        assertThat(operator.form("/changes/CHG-ST/delete", "").header("Location")).isEqualTo("/changes");
        assertThat(operator.get("/changes/CHG-ST").code()).isEqualTo(404);
    }

    @Test
    void list_withSearch_showsOnlyMatchingChanges() {
        ApiClient operator = signedIn("operator");
        operator.form("/changes/import", "description=alpha+job&csv=" + csv("FIND-A", "i-01"));
        operator.form("/changes/import", "description=beta+job&csv=" + csv("FIND-B", "i-01"));

        String page = operator.get("/changes?search=beta").body();

        assertThat(page).contains("FIND-B").doesNotContain("FIND-A");
    }

    @Test
    void runOnChange_throughPreviewAndConfirm_runsOnItsMachinesUnderItsNumber() throws Exception {
        ApiClient operator = signedIn("operator");
        operator.post("/api/v1/changes", "{\"number\":\"CHG-RUN\",\"provider\":\"stub\",\"targets\":["
                + "{\"targetId\":\"stub-000003\"},{\"targetId\":\"stub-000004\"}]}");
        String script = "&scriptMode=inline&language=shell&body=uptime";

        String launcher = operator.get("/runs/new?change=CHG-RUN").body();
        ApiClient.Reply preview = operator.form("/runs/preview", "change=CHG-RUN&changeTicket=OTHER" + script);
        String planId = preview.body().replaceAll("(?s).*<code id=\"plan-id\">([^<]+)</code>.*", "$1");
        ApiClient.Reply started = operator.form("/runs/start", "planId=" + planId + "&change=CHG-RUN" + script);

        assertThat(launcher).contains("name=\"change\" value=\"CHG-RUN\"", "The machines of change", "CHG-RUN</a> (2) on stub")
                .doesNotContain("id=\"changeTicket\"", "id=\"provider\"");
        assertThat(preview.body()).contains("Preview: 2 targets", "stub-000003", "stub-000004",
                "<span id=\"preview-change\">CHG-RUN</span>", "href=\"/runs/new?change=CHG-RUN\"")
                .doesNotContain("stub-000005");
        assertThat(started.code()).isEqualTo(303);
        String runId = started.header("Location").substring("/runs/".length());
        Run run = app().library().runs().completion(runId).get(20, TimeUnit.SECONDS);
        assertThat(run.changeTicket()).isEqualTo("CHG-RUN");
        assertThat(run.targetCount()).isEqualTo(2);
        assertThat(operator.get("/changes/CHG-RUN").body()).contains("href=\"/runs/" + runId + "\"");
    }

    @Test
    void preview_ofChangeWithoutMachines_answers400() {
        ApiClient operator = signedIn("operator");
        operator.post("/api/v1/changes", "{\"number\":\"CHG-EMPTY\",\"provider\":\"stub\"}");

        ApiClient.Reply preview = operator.form("/runs/preview", "change=CHG-EMPTY&scriptMode=inline&language=shell"
                + "&body=uptime");

        assertThat(preview.code()).isEqualTo(400);
        assertThat(preview.body()).contains("change CHG-EMPTY lists no machines");
        assertThat(operator.get("/runs/new?change=NOPE").code()).isEqualTo(404);
    }
}
