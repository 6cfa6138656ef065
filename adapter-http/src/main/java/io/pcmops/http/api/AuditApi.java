package io.pcmops.http.api;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.pcmops.Pcmops;
import io.pcmops.http.routing.Access;
import io.pcmops.http.routing.HttpKit;
import io.pcmops.http.web.QueryParams;
import io.pcmops.model.AuditQuery;
import javax.inject.Inject;

/** {@code /api/v1/audit}: the hash-chained audit log, and a check of its chain. */
public final class AuditApi implements HttpService {

    private final HttpKit kit;
    private final Pcmops pcm;

    @Inject
    public AuditApi(HttpKit kit, Pcmops pcm) {
        this.kit = kit;
        this.pcm = pcm;
    }

    @Override
    public void routing(HttpRules rules) {
        kit.on(rules)
                .get("/api/v1/audit", Access.VIEWER, (req, res) -> kit.json(res, pcm.audit().list(query(req))))
                .get("/api/v1/audit/verify", Access.VIEWER, (req, res) -> kit.json(res, pcm.audit().verify()));
    }

    /** Reads the filters {@code actor}, {@code action} (prefix), {@code since}, {@code offset}, {@code limit}. */
    public static AuditQuery query(ServerRequest request) {
        QueryParams query = QueryParams.of(request);
        return new AuditQuery(query.get("actor").orElse(null), query.get("action").orElse(null),
                query.instant("since").orElse(null), query.page());
    }
}
