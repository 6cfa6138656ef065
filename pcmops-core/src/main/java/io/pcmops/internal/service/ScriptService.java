package io.pcmops.internal.service;

import io.pcmops.NotFoundException;
import io.pcmops.Scripts;
import io.pcmops.internal.audit.AuditLog;
import io.pcmops.internal.json.Json;
import io.pcmops.internal.store.ScriptStore;
import io.pcmops.internal.util.Hashing;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.Script;
import io.pcmops.model.ScriptChoice;
import io.pcmops.model.ScriptDefinition;
import io.pcmops.spi.PreparedScript;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Scripts}, and the preparation of the exact script a run sends. */
public final class ScriptService implements Scripts {

    private final ScriptStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final String actor;

    public ScriptService(ScriptStore store, AuditLog audit, Clock clock, String actor) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.actor = actor;
    }

    @Override
    public Script save(ScriptDefinition definition) {
        String hash = Hashing.sha256(Json.write(List.of(definition.language(), definition.body(),
                definition.parameters(), definition.description())));
        Optional<Script> latest = store.latest(definition.name());
        if (latest.isPresent() && latest.get().hash().equals(hash)) {
            return latest.get();
        }
        Script saved = store.insertNextVersion(new Script(definition.name(), 0, hash, definition.description(),
                definition.language(), definition.body(), definition.parameters(), clock.instant(), actor));
        audit.append(new AuditEntry(actor, "script.save", saved.name() + "@" + saved.version(), "",
                Hashing.sha256(saved.body()), "ok", Map.of()));
        return saved;
    }

    @Override
    public Script get(String name) {
        return store.latest(name).orElseThrow(() -> new NotFoundException("no script named '" + name + "'"));
    }

    @Override
    public Script get(String name, int version) {
        return store.version(name, version).orElseThrow(() -> new NotFoundException(
                "script '" + name + "' has no version " + version));
    }

    @Override
    public List<Script> list() {
        return store.latestOfEach();
    }

    @Override
    public List<Script> versions(String name) {
        List<Script> versions = store.versions(name);
        if (versions.isEmpty()) {
            throw new NotFoundException("no script named '" + name + "'");
        }
        return versions;
    }

    @Override
    public void delete(String name) {
        if (!store.delete(name)) {
            throw new NotFoundException("no script named '" + name + "'");
        }
        audit.append(AuditEntry.of(actor, "script.delete", name, "ok"));
    }

    /** Returns the exact script to send, with validated parameter values, and the saved name it came from. */
    Prepared prepare(ScriptChoice choice, Map<String, String> values) {
        if (choice.saved() == null) {
            return new Prepared(prepared(choice.language(), choice.body(), ParameterBinder.bindInline(values)), null);
        }
        Script script = choice.version() == null ? get(choice.saved()) : get(choice.saved(), choice.version());
        String label = script.name() + "@" + script.version();
        ParameterBinder.Bound bound = ParameterBinder.bind(label, script.parameters(), values);
        return new Prepared(prepared(script.language(), script.body(), bound), label);
    }

    private static PreparedScript prepared(io.pcmops.model.ScriptLanguage language, String body,
                                           ParameterBinder.Bound bound) {
        return new PreparedScript(language, body, bound.plain(), Hashing.sha256(body), bound.secrets());
    }

    /**
     * A prepared script and its library label.
     *
     * @param script the script to send
     * @param label  {@code name@version}, or {@code null} for inline scripts
     */
    record Prepared(PreparedScript script, String label) {
    }
}
