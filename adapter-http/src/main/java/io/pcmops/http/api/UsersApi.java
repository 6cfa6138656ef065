package io.pcmops.http.api;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.Users;
import io.pcmops.http.routing.Access;
import io.pcmops.http.routing.HttpKit;
import io.pcmops.http.shapes.Requests;
import io.pcmops.http.web.QueryParams;
import io.pcmops.http.web.Responses;
import io.pcmops.model.User;
import javax.inject.Inject;

/** {@code /api/v1/users}: users, their roles and grants (administrators only; the library keeps the rules). */
public final class UsersApi implements HttpService {

    private final HttpKit kit;

    @Inject
    public UsersApi(HttpKit kit) {
        this.kit = kit;
    }

    @Override
    public void routing(HttpRules rules) {
        kit.on(rules)
                .get("/api/v1/users", Access.ADMIN, (req, res) -> kit.json(res, users(req).list()))
                .post("/api/v1/users", Access.ADMIN, this::create)
                .get("/api/v1/users/{username}", Access.ADMIN, (req, res) -> kit.json(res,
                        users(req).get(QueryParams.path(req, "username"))))
                .patch("/api/v1/users/{username}", Access.ADMIN, this::update)
                .delete("/api/v1/users/{username}", Access.ADMIN, this::delete);
    }

    /** Applies an update (and an unlock) on behalf of the caller. */
    public static User update(Users users, String username, Requests.UserUpdate change) {
        boolean unlock = Boolean.TRUE.equals(change.unlock());
        User user = unlock && change.toChange().empty() ? null : users.update(username, change.toChange());
        return unlock ? users.unlock(username) : user;
    }

    private Users users(ServerRequest request) {
        return kit.library(request).users();
    }

    private void create(ServerRequest request, ServerResponse response) {
        Requests.NewUser body = kit.bodies().json(request, Requests.NewUser.class,
                "a user {username, password, roles, grants, mustChangePassword}");
        kit.json(response, Status.CREATED_201, users(request).create(body.toModel()));
    }

    private void update(ServerRequest request, ServerResponse response) {
        Requests.UserUpdate body = kit.bodies().json(request, Requests.UserUpdate.class,
                "a user update {roles, grants, disabled, password, unlock}");
        kit.json(response, update(users(request), QueryParams.path(request, "username"), body));
    }

    private void delete(ServerRequest request, ServerResponse response) {
        users(request).delete(QueryParams.path(request, "username"));
        Responses.noContent(response);
    }
}
