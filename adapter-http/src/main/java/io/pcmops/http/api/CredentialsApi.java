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
import io.pcmops.model.CredentialRoot;
import javax.inject.Inject;

/** {@code /api/v1/credentials}: credential roots (administrators only); pasted secrets go in, never out. */
public final class CredentialsApi implements HttpService {

    private final HttpKit kit;

    @Inject
    public CredentialsApi(HttpKit kit) {
        this.kit = kit;
    }

    @Override
    public void routing(HttpRules rules) {
        kit.on(rules)
                .get("/api/v1/credentials", Access.ADMIN,
                        (req, res) -> kit.json(res, kit.library(req).credentials().list()))
                .post("/api/v1/credentials", Access.ADMIN, this::add)
                .get("/api/v1/credentials/{id}", Access.ADMIN,
                        (req, res) -> kit.json(res, kit.library(req).credentials().get(id(req))))
                .post("/api/v1/credentials/{id}/validate", Access.ADMIN, (req, res) -> kit.json(res,
                        kit.library(req).credentials().validate(id(req)).join()))
                .delete("/api/v1/credentials/{id}", Access.ADMIN, this::remove);
    }

    /** Turns the request into the library's root (the secret travels separately). */
    public static CredentialRoot root(Requests.NewCredential body) {
        if (body.provider() == null || body.provider().isBlank()) {
            throw HttpProblem.badRequest("a credential root needs a provider");
        }
        if (body.source() == null) {
            throw HttpProblem.badRequest("a credential root needs a source: chain, profile:NAME or vault");
        }
        return new CredentialRoot(body.id(), body.provider(), body.partition(), body.source(), body.roleName(),
                body.externalId(), body.sessionDuration(), null, null, null);
    }

    private void add(ServerRequest request, ServerResponse response) {
        Requests.NewCredential body = kit.bodies().json(request, Requests.NewCredential.class, "a credential root {id, "
                + "provider, partition, source, roleName, externalId, sessionDuration, secret}");
        kit.json(response, Status.CREATED_201,
                kit.library(request).credentials().add(root(body), body.secret()));
    }

    private void remove(ServerRequest request, ServerResponse response) {
        kit.library(request).credentials().remove(id(request));
        Responses.noContent(response);
    }

    private static String id(ServerRequest request) {
        return QueryParams.path(request, "id");
    }
}
