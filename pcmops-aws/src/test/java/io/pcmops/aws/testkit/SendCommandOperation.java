package io.pcmops.aws.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pcmops.aws.testkit.SimulatedInstance.State;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * SendCommand with explicit {@code InstanceIds} (SSM-BEHAVIOUR.md §2). {@code Targets} are not simulated and are
 * rejected with a ValidationException saying so. There is no idempotency token: every call makes a new command.
 * Parameters larger than a document may hold are {@code MaxDocumentSizeExceeded}; {@code {{ssm:NAME}}} references in
 * them are resolved ({@link ParameterStore}). {@code InvalidInstanceId} names the refused instances, or, when
 * {@link SsmFleetSimulator#namesInvalidInstances(boolean)} is off, comes without a message as real SSM sometimes
 * answers.
 */
final class SendCommandOperation implements SsmOperation {

    private static final Set<String> VERSIONS = Set.of("$DEFAULT", "$LATEST", "1");

    private final FleetEngine engine;

    SendCommandOperation(FleetEngine engine) {
        this.engine = engine;
    }

    @Override
    public JsonNode handle(JsonNode request, Caller caller) {
        SendCommandValidator.validate(request);
        List<String> ids = WireJson.stringList(request, "InstanceIds");
        if (request.path("Targets").size() > 0) {
            throw new SsmException("ValidationException", "Targets are not supported by the SSM fleet simulator;"
                    + " send InstanceIds");
        }
        if (ids.isEmpty()) {
            throw new SsmException("ValidationException", "Either InstanceIds or Targets must be specified.");
        }
        String name = WireJson.text(request, "DocumentName");
        SsmDocument document = SsmDocument.byName(name).orElseThrow(() -> new SsmException("InvalidDocument",
                "Document with name " + name + " does not exist."));
        String version = WireJson.text(request, "DocumentVersion");
        if (version != null && !VERSIONS.contains(version)) {
            throw new SsmException("InvalidDocumentVersion", "Document version " + version + " is not valid.");
        }
        DocumentParameters.checkSize(request.get("Parameters"));
        DocumentParameters parameters = DocumentParameters.parse(engine.parameters.resolve(request.get("Parameters"),
                caller));
        List<SimulatedInstance> instances = instances(ids, caller, document);
        String bucket = orEmpty(WireJson.text(request, "OutputS3BucketName"));
        if (!bucket.isEmpty() && !engine.settings.outputSink().bucketExists(bucket)) {
            throw new SsmException("InvalidOutputFolder", "");
        }
        CommandSpec spec = spec(request, caller, document, version, parameters, ids);
        ObjectNode answer = WireJson.object();
        answer.set("Command", CommandJson.initial(engine.submit(spec, instances)));
        return answer;
    }

    private List<SimulatedInstance> instances(List<String> ids, Caller caller, SsmDocument document) {
        List<SimulatedInstance> found = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (String id : ids) {
            engine.registry.find(caller.account(), caller.region(), id)
                    .filter(i -> i.managed() && i.state() != State.TERMINATED)
                    .ifPresentOrElse(found::add, () -> invalid.add(id));
        }
        if (!invalid.isEmpty()) {
            throw new SsmException("InvalidInstanceId", engine.namesInvalidInstances() ? "Instances [["
                    + String.join(", ", invalid) + "]] not in a valid state for account " + caller.account() : null);
        }
        for (SimulatedInstance instance : found) {
            if (!document.supports(instance.platform())) {
                throw new SsmException("UnsupportedPlatformType", "Cannot perform operation for instance id "
                        + instance.instanceId() + " of platform type " + instance.platform().wireName());
            }
        }
        return found;
    }

    private CommandSpec spec(JsonNode request, Caller caller, SsmDocument document, String version,
            DocumentParameters parameters, List<String> ids) {
        Integer timeout = WireJson.integer(request, "TimeoutSeconds");
        int delivery = timeout == null ? 3600 : timeout;
        Instant now = Instant.now();
        SimClock clock = engine.clock;
        JsonNode echo = request.get("Parameters");
        return new CommandSpec(UUID.randomUUID().toString(), engine.nextSequence(), caller.account(),
                caller.region(), document, version == null ? "$DEFAULT" : version,
                orEmpty(WireJson.text(request, "Comment")),
                echo != null && echo.isObject() ? ((ObjectNode) echo).deepCopy() : WireJson.object(), parameters,
                List.copyOf(ids), timeout, orEmpty(WireJson.text(request, "OutputS3BucketName")),
                orEmpty(WireJson.text(request, "OutputS3KeyPrefix")),
                RateControls.of(WireJson.text(request, "MaxConcurrency"), WireJson.text(request, "MaxErrors")),
                orEmpty(WireJson.text(request, "ServiceRoleArn")), now,
                now.plus(clock.real(engine.settings.visibilityDelay())), now.plus(clock.realSeconds(delivery)),
                now.plus(clock.real(Duration.ofSeconds(delivery + (long) parameters.executionTimeoutSeconds()))));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
