package io.pcmops.http.ui;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.Pcmops;
import io.pcmops.http.api.CredentialsApi;
import io.pcmops.http.api.ProvidersApi;
import io.pcmops.http.routing.Access;
import io.pcmops.http.routing.HttpKit;
import io.pcmops.http.shapes.Requests;
import io.pcmops.http.view.Views;
import io.pcmops.http.web.FormData;
import io.pcmops.http.web.QueryParams;
import io.pcmops.http.web.Responses;
import io.pcmops.model.Account;
import io.pcmops.model.CredentialSource;
import io.pcmops.model.CredentialStatus;
import io.pcmops.model.Durations;
import io.pcmops.model.Role;
import java.time.Duration;
import java.util.List;
import javax.inject.Inject;

/** Credential roots, accounts and providers: the pages of cloud access. */
public final class AdminPages implements HttpService {

    private final HttpKit kit;
    private final ProvidersApi providers;

    @Inject
    public AdminPages(HttpKit kit, ProvidersApi providers) {
        this.kit = kit;
        this.providers = providers;
    }

    @Override
    public void routing(HttpRules rules) {
        kit.on(rules)
                .get("/credentials", Access.ADMIN, (req, res) -> credentials(req, res, null))
                .post("/credentials", Access.ADMIN, this::addCredential)
                .post("/credentials/{id}/validate", Access.ADMIN, (req, res) -> credentials(req, res,
                        kit.library(req).credentials().validate(QueryParams.path(req, "id")).join()))
                .post("/credentials/{id}/delete", Access.ADMIN, this::removeCredential)
                .get("/accounts", Access.VIEWER, this::accounts)
                .post("/accounts", Access.ADMIN, this::addAccount)
                .post("/accounts/discover", Access.ADMIN, this::discover)
                .post("/accounts/{provider}/{accountId}/delete", Access.ADMIN, this::removeAccount)
                .get("/providers", Access.VIEWER, (req, res) -> kit.templates().page(req, res, "providers", "Providers",
                        "providers", new Views.Providers(providers.providers())))
                .post("/providers/{id}/enabled", Access.ADMIN, this::enable);
    }

    private void credentials(ServerRequest request, ServerResponse response, CredentialStatus checked) {
        kit.templates().page(request, response, "credentials", "Credentials", "credentials", new Views.Credentials(
                kit.library(request).credentials().list(), providers.providers(), checked));
    }

    private void addCredential(ServerRequest request, ServerResponse response) {
        FormData form = kit.bodies().form(request);
        Requests.NewCredential body = new Requests.NewCredential(form.require("id"), form.require("provider"),
                form.require("partition"), CredentialSource.parse(form.require("source")),
                form.get("roleName").orElse(null), form.get("externalId").orElse(null),
                form.get("sessionDuration").map(Durations::parse).orElse(null), form.raw("secret").orElse(null));
        kit.library(request).credentials().add(CredentialsApi.root(body), body.secret());
        Responses.redirect(response, "/credentials");
    }

    private void removeCredential(ServerRequest request, ServerResponse response) {
        kit.library(request).credentials().remove(QueryParams.path(request, "id"));
        Responses.redirect(response, "/credentials");
    }

    private void accounts(ServerRequest request, ServerResponse response) {
        Pcmops library = kit.library(request);
        boolean admin = io.pcmops.http.security.Principals.of(request).has(Role.ADMIN);
        kit.templates().page(request, response, "accounts", "Accounts", "accounts", new Views.Accounts(
                library.accounts().list(), admin ? library.credentials().list() : List.of(), providers.providers()));
    }

    private void addAccount(ServerRequest request, ServerResponse response) {
        FormData form = kit.bodies().form(request);
        Duration session = form.get("sessionDuration").map(Durations::parse).orElse(null);
        kit.library(request).accounts().add(new Account(form.require("provider"), form.get("partition").orElse(""),
                form.require("accountId"), form.get("name").orElse(""), null, null, List.of(),
                form.get("credentialRootId").orElse(null), form.get("roleName").orElse(null),
                form.get("externalId").orElse(null), session, "manual", null));
        Responses.redirect(response, "/accounts");
    }

    private void discover(ServerRequest request, ServerResponse response) {
        kit.library(request).accounts().discover(kit.bodies().form(request).require("credentialRootId")).join();
        Responses.redirect(response, "/accounts");
    }

    private void removeAccount(ServerRequest request, ServerResponse response) {
        kit.library(request).accounts().remove(QueryParams.path(request, "provider"),
                QueryParams.path(request, "accountId"));
        Responses.redirect(response, "/accounts");
    }

    private void enable(ServerRequest request, ServerResponse response) {
        boolean enabled = Boolean.parseBoolean(kit.bodies().form(request).require("enabled"));
        providers.enable(kit.library(request), QueryParams.path(request, "id"), enabled);
        Responses.redirect(response, "/providers");
    }
}
