package io.pcmops.http.api;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.Tokens;
import io.pcmops.http.routing.Access;
import io.pcmops.http.routing.HttpKit;
import io.pcmops.http.shapes.Requests;
import io.pcmops.http.web.QueryParams;
import io.pcmops.http.web.Responses;
import io.pcmops.model.CreatedToken;
import io.pcmops.model.NewToken;
import io.pcmops.model.Right;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;

/**
 * {@code /api/v1/tokens}: the caller's API tokens. The token text is shown once; the library keeps its hash and
 * refuses a token that would outlive, or have more rights than, the token it is created with.
 */
public final class TokensApi implements HttpService {

    private final HttpKit kit;

    @Inject
    public TokensApi(HttpKit kit) {
        this.kit = kit;
    }

    @Override
    public void routing(HttpRules rules) {
        kit.on(rules)
                .post("/api/v1/tokens", Access.VIEWER, this::create)
                .get("/api/v1/tokens", Access.VIEWER, (req, res) -> kit.json(res,
                        tokens(req).list(QueryParams.of(req).flag("all"))))
                .delete("/api/v1/tokens/{id}", Access.VIEWER, this::revoke);
    }

    /** Creates a token and returns {@code {id, token, name, rights, expiresAt}}. */
    public static Map<String, Object> create(Tokens tokens, String name, Integer days, Set<Right> rights) {
        CreatedToken created = tokens.create(new NewToken(name, days == null ? null : Duration.ofDays(days), rights));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", created.token().id());
        body.put("token", created.secret());
        body.put("name", created.token().name());
        body.put("rights", created.token().rights());
        body.put("expiresAt", created.token().expiresAt());
        return body;
    }

    private Tokens tokens(ServerRequest request) {
        return kit.library(request).tokens();
    }

    private void create(ServerRequest request, ServerResponse response) {
        Requests.NewToken body = kit.bodies().json(request, Requests.NewToken.class,
                "a token {name, expiresInDays, rights}");
        kit.json(response, Status.CREATED_201, create(tokens(request), body.name(), body.expiresInDays(),
                body.rights()));
    }

    private void revoke(ServerRequest request, ServerResponse response) {
        tokens(request).revoke(QueryParams.path(request, "id"));
        Responses.noContent(response);
    }
}
