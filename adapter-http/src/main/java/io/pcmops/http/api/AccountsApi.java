package io.pcmops.http.api;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.http.web.Access;
import io.pcmops.http.web.Bodies;
import io.pcmops.http.web.Callers;
import io.pcmops.http.web.HttpProblem;
import io.pcmops.http.web.QueryParams;
import io.pcmops.http.web.Responses;
import io.pcmops.http.web.RouteGuard;
import io.pcmops.model.Account;
import javax.inject.Inject;

/** {@code /api/v1/accounts}: accounts the providers reach, entered by hand or discovered. */
public final class AccountsApi implements HttpService {

    private final RouteGuard guard;
    private final Bodies bodies;
    private final Responses responses;
    private final Callers callers;

    @Inject
    public AccountsApi(RouteGuard guard, Bodies bodies, Responses responses, Callers callers) {
        this.guard = guard;
        this.bodies = bodies;
        this.responses = responses;
        this.callers = callers;
    }

    @Override
    public void routing(HttpRules rules) {
        guard.on(rules)
                .get("/api/v1/accounts", Access.VIEWER,
                        (req, res) -> responses.json(res, callers.library(req).accounts().list()))
                .post("/api/v1/accounts", Access.ADMIN, this::add)
                .post("/api/v1/accounts/discover", Access.ADMIN, this::discover)
                .delete("/api/v1/accounts/{provider}/{accountId}", Access.ADMIN, this::remove);
    }

    private void add(ServerRequest request, ServerResponse response) {
        Account account = bodies.json(request, Account.class, "an account {provider, partition, accountId, name, "
                + "credentialRootId, roleName, externalId, sessionDuration}");
        responses.json(response, Status.CREATED_201, callers.library(request).accounts().add(account));
    }

    private void discover(ServerRequest request, ServerResponse response) {
        Requests.Discover body = bodies.json(request, Requests.Discover.class, "a discovery {credentialRootId}");
        if (body.credentialRootId() == null || body.credentialRootId().isBlank()) {
            throw HttpProblem.badRequest("credentialRootId is required");
        }
        responses.json(response, callers.library(request).accounts().discover(body.credentialRootId()).join());
    }

    private void remove(ServerRequest request, ServerResponse response) {
        callers.library(request).accounts().remove(QueryParams.path(request, "provider"),
                QueryParams.path(request, "accountId"));
        Responses.noContent(response);
    }
}
