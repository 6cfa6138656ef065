package io.pcmops.http.ui;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.Pcmops;
import io.pcmops.http.api.AuditApi;
import io.pcmops.http.routing.Access;
import io.pcmops.http.routing.HttpKit;
import io.pcmops.http.view.Views;
import io.pcmops.http.web.QueryParams;
import io.pcmops.model.AuditEvent;
import io.pcmops.model.AuditQuery;
import io.pcmops.model.Page;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.inject.Inject;

/** The audit log page and its chain check. */
public final class AuditPages implements HttpService {

    private final HttpKit kit;
    private final Pcmops pcm;

    @Inject
    public AuditPages(HttpKit kit, Pcmops pcm) {
        this.kit = kit;
        this.pcm = pcm;
    }

    @Override
    public void routing(HttpRules rules) {
        kit.on(rules)
                .get("/audit", Access.VIEWER, this::audit)
                .get("/audit/verify", Access.VIEWER, (req, res) -> kit.templates().fragment(req, res, "audit-verify",
                        new Views.Verification(pcm.audit().verify())));
    }

    private void audit(ServerRequest request, ServerResponse response) {
        QueryParams query = QueryParams.of(request);
        AuditQuery filter = AuditApi.query(request);
        Page<AuditEvent> page = pcm.audit().list(filter);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("actor", query.get("actor").orElse(""));
        filters.put("action", query.get("action").orElse(""));
        String next = page.hasMore() ? RunForm.query(filters) + "&offset=" + (page.offset() + page.items().size())
                : null;
        kit.templates().page(request, response, "audit", "Audit log", "audit", new Views.Audit(page, filters, next));
    }
}
