package io.pcmops.http.api;

import io.helidon.webserver.http.ServerRequest;
import io.pcmops.NotFoundException;
import io.pcmops.Pcmops;
import io.pcmops.http.shapes.Requests;
import io.pcmops.http.web.Bodies;
import io.pcmops.http.web.HttpProblem;
import io.pcmops.http.web.Lookups;
import io.pcmops.model.Change;
import io.pcmops.model.ChangeStatus;
import io.pcmops.model.ChangeTarget;
import io.pcmops.model.CsvSelection;
import io.pcmops.model.ProviderInfo;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Singleton;

/** Reads proposed change tickets from requests: JSON definitions and change-ticket CSV files. */
@Singleton
public final class ChangeInput {

    private static final String SHAPE = "a change {number, description, status, provider, targets: [{targetId, "
            + "account, region, platform, name}]}";
    private static final Set<String> CSV_TYPES = Set.of("", "application/csv", "application/vnd.ms-excel",
            "application/octet-stream");

    private final Bodies bodies;
    private final Pcmops pcm;

    @Inject
    public ChangeInput(Bodies bodies, Pcmops pcm) {
        this.bodies = bodies;
        this.pcm = pcm;
    }

    /**
     * Reads a JSON definition. A number in the path fills a missing one and must equal a given one; a missing
     * status keeps the stored change's.
     */
    public Change json(ServerRequest request, String pathNumber) {
        Requests.ChangeDefinition body = bodies.json(request, Requests.ChangeDefinition.class, SHAPE);
        String number = body.number() == null ? pathNumber : body.number();
        if (pathNumber != null && !pathNumber.equals(number)) {
            throw HttpProblem.badRequest("the body's number '" + number + "' differs from the path's '" + pathNumber
                    + "'", Map.of("field", "number"));
        }
        ChangeStatus status = body.status() == null ? storedStatus(number) : body.status();
        return new Change(number, body.description(), status, known(body.provider()), body.targets(), null, null,
                null);
    }

    /** Reads a CSV body, failing with 415 for JSON, forms and other non-text bodies. */
    public String csvText(ServerRequest request) {
        String type = Bodies.contentType(request).split(";", 2)[0].trim();
        if (!type.startsWith("text/") && !CSV_TYPES.contains(type)) {
            throw HttpProblem.unsupportedMediaType("text/csv");
        }
        return bodies.text(request);
    }

    /** Returns the change a change-ticket CSV describes, without storing it. */
    public Change fromCsv(String csv) {
        CsvSelection selection = pcm.targets().readCsv(new StringReader(csv));
        if (selection.changeTicket() == null) {
            throw HttpProblem.badRequest("the CSV file names no change number; add a change_number column");
        }
        List<ChangeTarget> targets = selection.rows().stream().map(ChangeTarget::of).toList();
        return new Change(selection.changeTicket(), "", null, null, targets, null, null, null);
    }

    private ChangeStatus storedStatus(String number) {
        return number == null ? null : Lookups.find(() -> pcm.changes().get(number)).map(Change::status).orElse(null);
    }

    private String known(String provider) {
        List<String> ids = pcm.providers().stream().map(ProviderInfo::id).sorted().toList();
        if (provider != null && !ids.contains(provider)) {
            throw new NotFoundException("unknown provider '" + provider + "'; known providers: "
                    + String.join(", ", ids));
        }
        return provider;
    }
}
