package io.pcmops.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.http.Method;
import io.pcmops.http.routing.Access;
import io.pcmops.http.routing.RouteSpec;
import io.pcmops.http.testing.ApiClient;
import io.pcmops.http.testing.Routes;
import io.pcmops.http.testing.ServerTestBase;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** Sweeps every registered route: anonymous callers, callers without the role, and missing CSRF tokens. */
class SecuritySweepTest extends ServerTestBase {

    @Test
    void everyRoute_withoutAuthentication_onlyPublicOnesAnswer() {
        List<RouteSpec> routes = app().component().catalog().routes();
        assertThat(routes).hasSizeGreaterThan(70);
        ApiClient anonymous = anonymous();
        SoftAssertions soft = new SoftAssertions();
        for (RouteSpec route : routes) {
            if (route.access() == Access.PUBLIC) {
                continue;
            }
            ApiClient.Reply reply = anonymous.send(route.method(), Routes.concrete(route, "x"), "{}",
                    "application/json", null);
            if (route.api()) {
                soft.assertThat(reply.code()).as(route.toString()).isEqualTo(401);
                soft.assertThat(reply.body()).as(route.toString()).contains("\"error\":\"unauthorized\"", "\"details\"");
            } else {
                soft.assertThat(reply.code()).as(route.toString()).isEqualTo(303);
                soft.assertThat(reply.header("Location")).as(route.toString()).isEqualTo("/login");
            }
        }
        soft.assertAll();
        assertThat(routes.stream().filter(r -> r.access() == Access.PUBLIC).map(RouteSpec::path))
                .containsExactlyInAnyOrder("/health", "/api/v1/auth/login", "/login", "/login");
    }

    @Test
    void unregisteredPaths_withoutAuthentication_answerNothing() {
        ApiClient anonymous = anonymous();

        assertThat(anonymous.get("/api/v1/nothing-here").code()).isEqualTo(401);
        assertThat(anonymous.get("/secret-page").code()).isEqualTo(303);
        assertThat(anonymous.get("/health").code()).isEqualTo(200);
        assertThat(anonymous.get("/login").code()).isEqualTo(200);
        assertThat(anonymous.get("/webjars/htmx.org/2.0.4/dist/htmx.min.js").code()).isEqualTo(200);
        assertThat(anonymous.get("/static/app.js").code()).isEqualTo(200);
    }

    @Test
    void operatorAndAdminRoutes_calledByLowerRoles_answer403() {
        ApiClient viewer = signedIn("viewer");
        ApiClient operator = signedIn("operator");
        SoftAssertions soft = new SoftAssertions();
        for (RouteSpec route : app().component().catalog().routes()) {
            if (route.access() == Access.OPERATOR || route.access() == Access.ADMIN) {
                ApiClient.Reply reply = viewer.send(route.method(), Routes.concrete(route, "x"), "{}");
                soft.assertThat(reply.code()).as("viewer " + route).isEqualTo(403);
            }
            if (route.access() == Access.ADMIN) {
                ApiClient.Reply reply = operator.send(route.method(), Routes.concrete(route, "x"), "{}");
                soft.assertThat(reply.code()).as("operator " + route).isEqualTo(403);
            }
        }
        soft.assertAll();
    }

    @Test
    void startRun_asViewer_answers403AndStartsNothing() {
        ApiClient viewer = signedIn("viewer");

        ApiClient.Reply reply = viewer.post("/api/v1/runs",
                "{\"selector\":{\"provider\":\"stub\"},\"script\":{\"language\":\"shell\",\"body\":\"id\"}}");

        assertThat(reply.code()).isEqualTo(403);
        assertThat(reply.body()).contains("\"error\":\"forbidden\"", "operator role");
        assertThat(app().library().runs().list(io.pcmops.model.RunQuery.latest()).total()).isZero();
    }

    @Test
    void everyStateChangingRoute_withSessionButNoCsrfToken_answers403() {
        ApiClient admin = signedIn("admin");
        SoftAssertions soft = new SoftAssertions();
        for (RouteSpec route : app().component().catalog().routes()) {
            if (route.access() == Access.PUBLIC || route.method() == Method.GET) {
                continue;
            }
            ApiClient.Reply missing = admin.send(route.method(), Routes.concrete(route, "x"), "{}",
                    "application/json", null);
            ApiClient.Reply wrong = admin.send(route.method(), Routes.concrete(route, "x"), "{}",
                    "application/json", "not-the-token");
            soft.assertThat(missing.code()).as("missing " + route).isEqualTo(403);
            soft.assertThat(wrong.code()).as("wrong " + route).isEqualTo(403);
            if (route.api()) {
                soft.assertThat(missing.body()).as(route.toString()).contains("\"error\":\"csrf\"");
            }
        }
        soft.assertAll();
    }

    @Test
    void formPost_withCsrfField_isAccepted_withoutIt_isRefused() {
        ApiClient operator = signedIn("operator");
        String form = "name=from-form&language=shell&body=echo+hi&description=&parameters=%5B%5D";

        ApiClient.Reply refused = operator.send(Method.POST, "/scripts", form,
                "application/x-www-form-urlencoded", null);
        ApiClient.Reply accepted = operator.send(Method.POST, "/scripts", form + "&_csrf=" + operator.csrf(),
                "application/x-www-form-urlencoded", null);

        assertThat(refused.code()).isEqualTo(403);
        assertThat(accepted.code()).isEqualTo(303);
        assertThat(accepted.header("Location")).isEqualTo("/scripts/from-form");
    }

    @Test
    void bearerToken_withoutCsrfToken_mayChangeState() {
        ApiClient operator = signedIn("operator");
        String token = operator.post("/api/v1/tokens", "{\"name\":\"ci\",\"expiresInDays\":1}").body()
                .replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");

        ApiClient.Reply reply = anonymous().bearer(token).send(Method.POST, "/api/v1/scripts",
                "{\"name\":\"by-token\",\"language\":\"shell\",\"body\":\"true\"}", "application/json", null);

        assertThat(reply.code()).isEqualTo(201);
        assertThat(reply.body()).contains("\"createdBy\":\"operator\"");
    }
}
