package io.pcmops.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.http.Method;
import io.pcmops.http.testing.ApiClient;
import io.pcmops.http.testing.ServerTestBase;
import org.junit.jupiter.api.Test;

/** Change tickets through the API: JSON and CSV, search and paging, comparison, status and deletion. */
class ChangesApiTest extends ServerTestBase {

    private static final String CSV = "text/csv";

    private static String change(String number, String... ids) {
        StringBuilder targets = new StringBuilder();
        for (String id : ids) {
            targets.append(targets.isEmpty() ? "" : ",").append("{\"targetId\":\"").append(id)
                    .append("\",\"name\":\"n-").append(id).append("\"}");
        }
        return "{\"number\":\"" + number + "\",\"description\":\"patch " + number + "\",\"provider\":\"stub\","
                + "\"targets\":[" + targets + "]}";
    }

    private static ApiClient.Reply csv(ApiClient api, String path, String body) {
        return api.send(Method.POST, path, body, CSV, api.csrf());
    }

    @Test
    void create_thenGetListAndDelete_byOperatorReadByViewer() {
        ApiClient operator = signedIn("operator");
        ApiClient viewer = signedIn("viewer");

        ApiClient.Reply created = operator.post("/api/v1/changes", change("CHG-1", "stub-000001", "stub-000002"));

        assertThat(created.code()).isEqualTo(201);
        assertThat(created.body()).contains("\"number\":\"CHG-1\"", "\"status\":\"new\"", "\"updatedBy\":\"operator\"",
                "\"targetId\":\"stub-000002\"");
        assertThat(operator.post("/api/v1/changes", change("CHG-1", "stub-000003")).code()).isEqualTo(409);
        assertThat(viewer.get("/api/v1/changes/CHG-1").body()).contains("\"description\":\"patch CHG-1\"");
        assertThat(viewer.post("/api/v1/changes", change("CHG-9", "stub-000001")).code()).isEqualTo(403);
        assertThat(operator.delete("/api/v1/changes/CHG-1").code()).isEqualTo(204);
        assertThat(viewer.get("/api/v1/changes/CHG-1").code()).isEqualTo(404);
        assertThat(operator.delete("/api/v1/changes/CHG-1").code()).isEqualTo(404);
    }

    @Test
    void list_withSearchAndPaging_answersThatPage() {
        ApiClient operator = signedIn("operator");
        for (String number : new String[] {"LIST-1", "LIST-2", "LIST-3"}) {
            operator.post("/api/v1/changes", change(number, "stub-000001"));
        }

        ApiClient.Reply page = operator.get("/api/v1/changes?search=LIST-&limit=2&offset=1");

        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body()).contains("\"total\":3", "\"offset\":1", "\"limit\":2");
        assertThat(page.body().split("\"number\"")).hasSize(3);
        assertThat(operator.get("/api/v1/changes?search=patch%20LIST-2").body()).contains("\"total\":1", "LIST-2");
        assertThat(operator.get("/api/v1/changes?limit=0").code()).isEqualTo(400);
    }

    @Test
    void importCsv_withBomAndHeaderAliases_storesThenReplacesTheMachinesKeepingStatus() {
        ApiClient operator = signedIn("operator");
        String first = "\uFEFFInstance ID,Account Number,Region,Change Number\n"
                + "i-0aaaaaaaaaaaaaaa1,111122223333,us-east-1,CHG-CSV\ni-0aaaaaaaaaaaaaaa2,111122223333,us-east-1,\n";

        ApiClient.Reply created = csv(operator, "/api/v1/changes/import?description=kernel%20patch", first);
        operator.send(Method.PUT, "/api/v1/changes/CHG-CSV/status", "{\"status\":\"approved\"}");
        ApiClient.Reply replaced = csv(operator, "/api/v1/changes/import",
                "instance_id,change_ticket\ni-0aaaaaaaaaaaaaaa3,CHG-CSV\n");

        assertThat(created.code()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"number\":\"CHG-CSV\"", "\"description\":\"kernel patch\"",
                "\"account\":\"111122223333\"", "i-0aaaaaaaaaaaaaaa2");
        assertThat(replaced.code()).isEqualTo(200);
        assertThat(replaced.body()).contains("\"status\":\"approved\"", "i-0aaaaaaaaaaaaaaa3")
                .doesNotContain("i-0aaaaaaaaaaaaaaa1");
    }

    @Test
    void importCsv_withBadInput_answers4xxNamingIt() {
        ApiClient operator = signedIn("operator");

        ApiClient.Reply badLine = csv(operator, "/api/v1/changes/import",
                "instance_id,region,change_number\ni-01,us-east-1,CHG-BAD\ni-02,US EAST,CHG-BAD\n");
        ApiClient.Reply noNumber = csv(operator, "/api/v1/changes/import", "instance_id\ni-01\n");
        ApiClient.Reply json = operator.post("/api/v1/changes/import", change("CHG-JSON", "i-01"));

        assertThat(badLine.code()).isEqualTo(400);
        assertThat(badLine.body()).contains("\"error\":\"bad_request\"", "line 3", "not a valid region");
        assertThat(noNumber.code()).isEqualTo(400);
        assertThat(noNumber.body()).contains("names no change number");
        assertThat(json.code()).isEqualTo(415);
        assertThat(json.body()).contains("text/csv");
        assertThat(operator.get("/api/v1/changes/CHG-BAD").code()).isEqualTo(404);
    }

    @Test
    void compare_withCsvOrJson_listsAddedRemovedAndChangedWithoutStoring() {
        ApiClient operator = signedIn("operator");
        operator.post("/api/v1/changes", change("CHG-CMP", "i-0a", "i-0b"));

        ApiClient.Reply fromCsv = csv(operator, "/api/v1/changes/compare",
                "instance_id,name,change_number\ni-0b,renamed,CHG-CMP\ni-0c,,CHG-CMP\n");
        ApiClient.Reply fromJson = operator.post("/api/v1/changes/compare", change("CHG-NEW", "i-0z"));

        assertThat(fromCsv.code()).isEqualTo(200);
        assertThat(fromCsv.body()).contains("\"exists\":true", "\"added\":[{\"targetId\":\"i-0c\"",
                "\"removed\":[{\"targetId\":\"i-0a\"", "\"changed\":[{\"targetId\":\"i-0b\"", "\"name\":\"renamed\"");
        assertThat(fromJson.body()).contains("\"exists\":false", "\"added\":[{\"targetId\":\"i-0z\"");
        assertThat(operator.get("/api/v1/changes/CHG-CMP").body()).contains("i-0a").doesNotContain("i-0c");
        assertThat(operator.get("/api/v1/changes/CHG-NEW").code()).isEqualTo(404);
    }

    @Test
    void put_createsThenReplaces_andRefusesMismatchedOrUnknownValues() {
        ApiClient operator = signedIn("operator");

        ApiClient.Reply created = operator.send(Method.PUT, "/api/v1/changes/CHG-PUT",
                "{\"description\":\"first\",\"targets\":[{\"targetId\":\"i-01\"}]}");
        operator.send(Method.PUT, "/api/v1/changes/CHG-PUT/status", "{\"status\":\"in-progress\"}");
        ApiClient.Reply replaced = operator.send(Method.PUT, "/api/v1/changes/CHG-PUT", change("CHG-PUT", "i-02"));

        assertThat(created.code()).isEqualTo(201);
        assertThat(replaced.code()).isEqualTo(200);
        assertThat(replaced.body()).contains("\"status\":\"in-progress\"", "i-02").doesNotContain("i-01");
        assertThat(operator.send(Method.PUT, "/api/v1/changes/CHG-PUT", change("CHG-OTHER", "i-01")).body())
                .contains("differs from the path's 'CHG-PUT'", "\"field\":\"number\"");
        ApiClient.Reply unknownProvider = operator.send(Method.PUT, "/api/v1/changes/CHG-PUT", "{\"provider\":\"nope\"}");
        assertThat(unknownProvider.code()).isEqualTo(404);
        assertThat(unknownProvider.body()).contains("unknown provider 'nope'");
        assertThat(operator.send(Method.PUT, "/api/v1/changes/CHG-PUT", "{\"owner\":\"me\"}").body())
                .contains("unknown field 'owner'");
        assertThat(operator.send(Method.PUT, "/api/v1/changes/CHG-PUT", "{\"targets\":[{\"name\":\"x\"}]}").body())
                .contains("field 'targets[0].targetId' is required");
        assertThat(operator.post("/api/v1/changes", change("no spaces!", "i-01")).body())
                .contains("field 'number' must be 1-50 letters, digits, '_' or '-'");
    }

    @Test
    void status_setToKnownValue_andRefusesOthers() {
        ApiClient operator = signedIn("operator");
        operator.post("/api/v1/changes", change("CHG-ST", "i-01"));

        ApiClient.Reply approved = operator.send(Method.PUT, "/api/v1/changes/CHG-ST/status", "{\"status\":\"approved\"}");
        ApiClient.Reply unknown = operator.send(Method.PUT, "/api/v1/changes/CHG-ST/status", "{\"status\":\"done\"}");
        ApiClient.Reply missing = operator.send(Method.PUT, "/api/v1/changes/CHG-ST/status", "{}");

        assertThat(approved.body()).contains("\"status\":\"approved\"");
        assertThat(unknown.code()).isEqualTo(400);
        assertThat(unknown.body()).contains("field 'status' must be one of: new, approved, in-progress, completed, cancelled");
        assertThat(missing.code()).isEqualTo(400);
        assertThat(missing.body()).contains("field 'status' is required");
        assertThat(operator.send(Method.PUT, "/api/v1/changes/NOPE/status", "{\"status\":\"new\"}").code())
                .isEqualTo(404);
    }
}
