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
import io.pcmops.http.security.Principal;
import io.pcmops.http.security.Principals;
import io.pcmops.http.security.SecretTokens;
import io.pcmops.http.shapes.Requests;
import io.pcmops.http.web.HttpProblem;
import io.pcmops.http.web.QueryParams;
import io.pcmops.http.web.Responses;
import io.pcmops.model.ApiToken;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.Role;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;

/** {@code /api/v1/tokens}: a user's API tokens. The token text is shown once; the store keeps its hash. */
public final class TokensApi implements HttpService {

    private final HttpKit kit;
    private final Pcmops pcm;
    private final Clock clock;

    @Inject
    public TokensApi(HttpKit kit, Pcmops pcm, Clock clock) {
        this.kit = kit;
        this.pcm = pcm;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        kit.on(rules)
                .post("/api/v1/tokens", Access.VIEWER, this::create)
                .get("/api/v1/tokens", Access.VIEWER, this::list)
                .delete("/api/v1/tokens/{id}", Access.VIEWER, this::revoke);
    }

    /** Creates a token for a user and returns {@code {id, token, name, expiresAt}}. */
    public Map<String, Object> create(Principal principal, String name, Integer days) {
        if (name == null || name.isBlank() || name.codePointCount(0, name.length()) > 100) {
            throw HttpProblem.badRequest("a token needs a name of 1-100 characters", Map.of("field", "name"));
        }
        int lifetime = days == null ? 30 : days;
        if (lifetime < 1 || lifetime > 365) {
            throw HttpProblem.badRequest("expiresInDays must be between 1 and 365", Map.of("field", "expiresInDays"));
        }
        String text = SecretTokens.apiToken();
        ApiToken token = pcm.tokens().create(principal.user().id(), name.trim(), SecretTokens.hash(text),
                clock.instant().plus(Duration.ofDays(lifetime)));
        pcm.audit().append(AuditEntry.of(principal.name(), "token.create", token.id(), "ok"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", token.id());
        body.put("token", text);
        body.put("name", token.name());
        body.put("expiresAt", token.expiresAt());
        return body;
    }

    /** Returns the tokens a principal may see: their own, or everyone's for an admin asking for all. */
    public List<ApiToken> visible(Principal principal, boolean all) {
        return pcm.tokens().list(all && principal.has(Role.ADMIN) ? null : principal.user().id());
    }

    /** Revokes a token the principal owns (or any, for an admin). */
    public ApiToken revoke(Principal principal, String tokenId) {
        ApiToken token = pcm.tokens().list(principal.has(Role.ADMIN) ? null : principal.user().id()).stream()
                .filter(t -> t.id().equals(tokenId)).findFirst()
                .orElseThrow(() -> new NotFoundException("no token '" + tokenId + "' of yours"));
        ApiToken revoked = pcm.tokens().revoke(token.id());
        pcm.audit().append(AuditEntry.of(principal.name(), "token.revoke", token.id(), "ok"));
        return revoked;
    }

    private void create(ServerRequest request, ServerResponse response) {
        Requests.NewToken body = kit.bodies().json(request, Requests.NewToken.class, "a token {name, expiresInDays}");
        kit.json(response, Status.CREATED_201, create(Principals.of(request), body.name(),
                body.expiresInDays()));
    }

    private void list(ServerRequest request, ServerResponse response) {
        kit.json(response, visible(Principals.of(request), QueryParams.of(request).flag("all")));
    }

    private void revoke(ServerRequest request, ServerResponse response) {
        revoke(Principals.of(request), QueryParams.path(request, "id"));
        Responses.noContent(response);
    }
}
