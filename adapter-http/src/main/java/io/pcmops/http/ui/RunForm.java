package io.pcmops.http.ui;

import io.pcmops.Pcmops;
import io.pcmops.http.web.FormData;
import io.pcmops.http.web.HttpProblem;
import io.pcmops.http.web.Paths;
import io.pcmops.model.Change;
import io.pcmops.model.Durations;
import io.pcmops.model.RunOptions;
import io.pcmops.model.ScriptChoice;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.model.Selector;
import java.io.StringReader;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads the run launcher's form: the selector (a change ticket's machines, a pasted CSV or the fields), the script,
 * parameters, options and change ticket.
 */
final class RunForm {

    /** Fields carried from the preview to the confirmation, besides the plan id. */
    static final List<String> CARRIED = List.of("scriptMode", "saved", "version", "language", "body", "parameters",
            "maxConcurrency", "maxErrors", "deliveryTimeout", "executionTimeout", "changeTicket", "change");

    private final FormData form;

    RunForm(FormData form) {
        this.form = form;
    }

    /** Returns the selector of the change ticket when one is named, else of the pasted CSV, else of the fields. */
    Selector selector(Pcmops library) {
        String provider = form.get("provider").orElse(null);
        if (form.get("change").isPresent()) {
            return changeSelector(library.changes().get(form.get("change").orElseThrow()), provider);
        }
        if (form.get("csv").isPresent()) {
            return library.targets().readCsv(new StringReader(form.raw("csv").orElseThrow())).selector()
                    .withProvider(provider);
        }
        return Selector.builder().provider(provider).partition(form.get("partition").orElse(null))
                .accounts(list("accounts")).ou(form.get("ou").orElse(null)).regions(list("regions"))
                .tags(pairs(form.get("tag").orElse(""), "tag", "[\\n,]")).platform(form.get("platform").orElse(null))
                .state(form.get("state").orElse(null)).ids(list("ids")).names(list("names")).build();
    }

    ScriptChoice script() {
        if ("saved".equals(form.get("scriptMode").orElse("inline"))) {
            return ScriptChoice.saved(form.require("saved"), form.integer("version").orElse(null));
        }
        return ScriptChoice.inline(ScriptLanguage.parse(form.get("language").orElse("shell")),
                form.raw("body").orElse(""));
    }

    Map<String, String> parameters() {
        return pairs(form.raw("parameters").orElse(""), "parameters", "\\n");
    }

    RunOptions options() {
        return new RunOptions(form.get("maxConcurrency").orElse(null), form.get("maxErrors").orElse(null),
                form.get("deliveryTimeout").map(Durations::parse).orElse(null),
                form.get("executionTimeout").map(Durations::parse).orElse(null));
    }

    /** Returns the change ticket: the named change's number, else the ticket typed in. */
    String changeTicket() {
        return form.get("change").or(() -> form.get("changeTicket")).orElse(null);
    }

    /** Returns the carried fields' values, for the confirmation form. */
    Map<String, String> carried() {
        Map<String, String> values = new LinkedHashMap<>();
        CARRIED.forEach(name -> values.put(name, form.raw(name).orElse("")));
        return values;
    }

    /** Returns a query string of filter values, for links. */
    static String query(Map<String, String> values) {
        return values.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + Paths.segment(e.getValue())).collect(Collectors.joining("&"));
    }

    private static Selector changeSelector(Change change, String provider) {
        if (change.targets().isEmpty()) {
            throw HttpProblem.badRequest("change " + change.number() + " lists no machines; import its CSV first");
        }
        Selector selector = change.selector();
        return selector.provider() == null ? selector.withProvider(provider) : selector;
    }

    private List<String> list(String name) {
        return Arrays.stream(form.get(name).orElse("").split("[,\\s]+")).filter(v -> !v.isBlank()).toList();
    }

    private static Map<String, String> pairs(String text, String field, String separators) {
        Map<String, String> values = new TreeMap<>();
        for (String line : text.split(separators)) {
            if (line.isBlank()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw HttpProblem.badRequest(field + " must be KEY=VALUE lines, not '" + line.trim() + "'");
            }
            values.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
        }
        return values;
    }
}
