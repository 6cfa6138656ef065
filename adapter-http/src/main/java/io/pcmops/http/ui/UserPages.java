package io.pcmops.http.ui;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.Pcmops;
import io.pcmops.http.api.TokensApi;
import io.pcmops.http.api.UsersApi;
import io.pcmops.http.routing.Access;
import io.pcmops.http.routing.HttpKit;
import io.pcmops.http.security.AccountService;
import io.pcmops.http.security.Principal;
import io.pcmops.http.security.Principals;
import io.pcmops.http.shapes.Requests;
import io.pcmops.http.view.Views;
import io.pcmops.http.web.FormData;
import io.pcmops.http.web.HttpProblem;
import io.pcmops.http.web.QueryParams;
import io.pcmops.http.web.Responses;
import io.pcmops.model.Role;
import io.pcmops.model.User;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;

/** Users and roles (administrators), and API tokens (everyone's own). */
public final class UserPages implements HttpService {

    private final HttpKit kit;
    private final Pcmops pcm;
    private final AccountService accounts;
    private final UsersApi users;
    private final TokensApi tokens;

    @Inject
    public UserPages(HttpKit kit, Pcmops pcm, AccountService accounts, UsersApi users, TokensApi tokens) {
        this.kit = kit;
        this.pcm = pcm;
        this.accounts = accounts;
        this.users = users;
        this.tokens = tokens;
    }

    @Override
    public void routing(HttpRules rules) {
        kit.on(rules)
                .get("/users", Access.ADMIN, (req, res) -> kit.templates().page(req, res, "users", "Users", "users",
                        new Views.Users(pcm.users().list(), Principals.of(req).name())))
                .post("/users", Access.ADMIN, this::create)
                .post("/users/{username}", Access.ADMIN, this::update)
                .post("/users/{username}/delete", Access.ADMIN, this::delete)
                .get("/tokens", Access.VIEWER, (req, res) -> tokens(req, res, null))
                .post("/tokens", Access.VIEWER, this::createToken)
                .post("/tokens/{id}/revoke", Access.VIEWER, this::revokeToken);
    }

    private void create(ServerRequest request, ServerResponse response) {
        FormData form = kit.bodies().form(request);
        accounts.create(Principals.of(request).name(), form.require("username"), form.raw("password").orElse(""),
                Set.of(Role.parse(form.require("role"))), form.checked("mustChangePassword"));
        Responses.redirect(response, "/users");
    }

    private void update(ServerRequest request, ServerResponse response) {
        FormData form = kit.bodies().form(request);
        User user = users.user(QueryParams.path(request, "username"));
        Requests.UserUpdate change = switch (form.require("action")) {
            case "role" -> new Requests.UserUpdate(Set.of(Role.parse(form.require("role"))), null, null, null);
            case "disable" -> new Requests.UserUpdate(null, true, null, null);
            case "enable" -> new Requests.UserUpdate(null, false, null, null);
            case "unlock" -> new Requests.UserUpdate(null, null, null, true);
            case "reset" -> new Requests.UserUpdate(null, null, form.raw("password").orElse(""), null);
            default -> throw HttpProblem.badRequest("unknown action; use role, disable, enable, unlock or reset");
        };
        users.update(Principals.of(request).name(), user, change);
        Responses.redirect(response, "/users");
    }

    private void delete(ServerRequest request, ServerResponse response) {
        users.delete(Principals.of(request).name(), users.user(QueryParams.path(request, "username")));
        Responses.redirect(response, "/users");
    }

    private void tokens(ServerRequest request, ServerResponse response, Map<String, Object> created) {
        Principal principal = Principals.of(request);
        boolean all = QueryParams.of(request).flag("all") && principal.has(Role.ADMIN);
        kit.templates().page(request, response, "tokens", "API tokens", "tokens",
                new Views.Tokens(tokens.visible(principal, all), created, all));
    }

    private void createToken(ServerRequest request, ServerResponse response) {
        FormData form = kit.bodies().form(request);
        Integer days = form.integer("expiresInDays").orElse(null);
        tokens(request, response, tokens.create(Principals.of(request), form.require("name"), days));
    }

    private void revokeToken(ServerRequest request, ServerResponse response) {
        tokens.revoke(Principals.of(request), QueryParams.path(request, "id"));
        Responses.redirect(response, "/tokens");
    }
}
