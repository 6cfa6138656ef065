package io.pcmops.http.api;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.http.routing.Access;
import io.pcmops.http.routing.HttpKit;
import io.pcmops.http.shapes.Requests;
import io.pcmops.http.web.HttpProblem;
import io.pcmops.http.web.QueryParams;
import io.pcmops.http.web.Responses;
import io.pcmops.model.Account;
import javax.inject.Inject;

/** {@code /api/v1/accounts}: accounts the providers reach, entered by hand or discovered. */
public final class AccountsApi implements HttpService {

    private final HttpKit kit;

    @Inject
    public AccountsApi(HttpKit kit) {
        this.kit = kit;
    }

    @Override
    public void routing(HttpRules rules) {
        kit.on(rules)
                .get("/api/v1/accounts", Access.VIEWER,
                        (req, res) -> kit.json(res, kit.library(req).accounts().list()))
                .post("/api/v1/accounts", Access.ADMIN, this::add)
                .post("/api/v1/accounts/discover", Access.ADMIN, this::discover)
                .delete("/api/v1/accounts/{provider}/{accountId}", Access.ADMIN, this::remove);
    }

    private void add(ServerRequest request, ServerResponse response) {
        Account account = kit.bodies().json(request, Account.class, "an account {provider, partition, accountId, name, "
                + "credentialRootId, roleName, externalId, sessionDuration}");
        kit.json(response, Status.CREATED_201, kit.library(request).accounts().add(account));
    }

    private void discover(ServerRequest request, ServerResponse response) {
        Requests.Discover body = kit.bodies().json(request, Requests.Discover.class, "a discovery {credentialRootId}");
        if (body.credentialRootId() == null || body.credentialRootId().isBlank()) {
            throw HttpProblem.badRequest("credentialRootId is required");
        }
        kit.json(response, kit.library(request).accounts().discover(body.credentialRootId()).join());
    }

    private void remove(ServerRequest request, ServerResponse response) {
        kit.library(request).accounts().remove(QueryParams.path(request, "provider"),
                QueryParams.path(request, "accountId"));
        Responses.noContent(response);
    }
}
