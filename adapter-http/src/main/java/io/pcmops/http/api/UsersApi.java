package io.pcmops.http.api;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.NotFoundException;
import io.pcmops.Pcmops;
import io.pcmops.http.routing.Access;
import io.pcmops.http.routing.HttpKit;
import io.pcmops.http.security.AccountService;
import io.pcmops.http.security.Principals;
import io.pcmops.http.shapes.Requests;
import io.pcmops.http.web.HttpProblem;
import io.pcmops.http.web.QueryParams;
import io.pcmops.http.web.Responses;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.User;
import javax.inject.Inject;

/** {@code /api/v1/users}: users and their roles (administrators only). */
public final class UsersApi implements HttpService {

    private final HttpKit kit;
    private final Pcmops pcm;
    private final AccountService accounts;

    @Inject
    public UsersApi(HttpKit kit, Pcmops pcm, AccountService accounts) {
        this.kit = kit;
        this.pcm = pcm;
        this.accounts = accounts;
    }

    @Override
    public void routing(HttpRules rules) {
        kit.on(rules)
                .get("/api/v1/users", Access.ADMIN, (req, res) -> kit.json(res, pcm.users().list()))
                .post("/api/v1/users", Access.ADMIN, this::create)
                .get("/api/v1/users/{username}", Access.ADMIN, (req, res) -> kit.json(res, user(req)))
                .patch("/api/v1/users/{username}", Access.ADMIN, this::update)
                .delete("/api/v1/users/{username}", Access.ADMIN, this::delete);
    }

    /** Applies an update to a user on behalf of an administrator. */
    public User update(String actor, User user, Requests.UserUpdate change) {
        User current = user;
        if (change.roles() != null) {
            if (change.roles().isEmpty()) {
                throw HttpProblem.badRequest("a user needs at least one role: viewer, operator or admin");
            }
            current = pcm.users().setRoles(user.id(), change.roles());
        }
        if (change.disabled() != null) {
            if (change.disabled() && user.username().equals(actor)) {
                throw HttpProblem.badRequest("you cannot disable yourself");
            }
            current = pcm.users().setDisabled(user.id(), change.disabled());
            if (change.disabled()) {
                pcm.sessions().deleteAllOf(user.id());
            }
        }
        if (Boolean.TRUE.equals(change.unlock())) {
            current = pcm.users().recordSuccessfulLogin(user.id());
        }
        if (change.password() != null) {
            current = accounts.reset(actor, current, change.password());
        }
        pcm.audit().append(AuditEntry.of(actor, "user.update", user.username(), "ok"));
        return current;
    }

    /** Deletes a user on behalf of an administrator, who cannot delete themself. */
    public void delete(String actor, User user) {
        if (user.username().equals(actor)) {
            throw HttpProblem.badRequest("you cannot delete yourself");
        }
        pcm.users().delete(user.id());
        pcm.audit().append(AuditEntry.of(actor, "user.delete", user.username(), "ok"));
    }

    /** Returns a user by name. */
    public User user(String username) {
        return pcm.users().find(username).orElseThrow(() -> new NotFoundException("no user '" + username + "'"));
    }

    private User user(ServerRequest request) {
        return user(QueryParams.path(request, "username"));
    }

    private void create(ServerRequest request, ServerResponse response) {
        Requests.NewUser body = kit.bodies().json(request, Requests.NewUser.class,
                "a user {username, password, roles, mustChangePassword}");
        User user = accounts.create(Principals.of(request).name(), body.username(), body.password(),
                body.roles() == null ? java.util.Set.of() : body.roles(), !Boolean.FALSE.equals(body.mustChangePassword()));
        kit.json(response, Status.CREATED_201, user);
    }

    private void update(ServerRequest request, ServerResponse response) {
        Requests.UserUpdate body = kit.bodies().json(request, Requests.UserUpdate.class,
                "a user update {roles, disabled, password, unlock}");
        kit.json(response, update(Principals.of(request).name(), user(request), body));
    }

    private void delete(ServerRequest request, ServerResponse response) {
        delete(Principals.of(request).name(), user(request));
        Responses.noContent(response);
    }
}
