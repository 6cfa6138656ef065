package io.pcmops.aws.internal.ssm;

import io.pcmops.InvalidRequestException;
import io.pcmops.ProviderException;
import io.pcmops.aws.internal.AwsErrors;
import io.pcmops.aws.internal.AwsSettings;
import io.pcmops.aws.internal.client.AwsClients;
import io.pcmops.aws.internal.client.Principal;
import io.pcmops.model.InvocationState;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.spi.DispatchRejectedException;
import io.pcmops.spi.DispatchUnit;
import io.pcmops.spi.Failures;
import io.pcmops.spi.InvocationSink;
import io.pcmops.spi.InvocationUpdate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.model.SendCommandRequest;

/**
 * Sends one unit with SSM SendCommand and starts tracking it. Instances SSM refuses ({@code InvalidInstanceId}) are
 * left out and the rest is sent: those its message names end {@code NOT_EXECUTED}; when the message names none (real
 * SSM sometimes sends none), the unit's instances are looked up once with {@link AgentLookup} and those without an
 * online agent end {@code UNDELIVERABLE}. Errors that prove nothing was sent become
 * {@link DispatchRejectedException}s; anything else may have been sent.
 */
final class CommandSender {

    private static final Pattern INSTANCE_ID = Pattern.compile("\\bm?i-[0-9a-zA-Z]{8,17}\\b");
    private static final Set<String> NOT_SENT = Set.of("ValidationException", "InvalidDocument",
            "InvalidDocumentVersion", "InvalidParameters", "InvalidOutputFolder", "InvalidRole",
            "InvalidNotificationConfig", "DuplicateInstanceId", "MaxDocumentSizeExceeded", "AccessDeniedException",
            "UnrecognizedClientException", "InvalidClientTokenId", "ExpiredTokenException");

    private final AwsClients clients;
    private final CommandTracker tracker;
    private final AgentLookup agents;
    private final Clock clock;

    CommandSender(AwsClients clients, CommandTracker tracker, Clock clock) {
        this.clients = clients;
        this.tracker = tracker;
        this.agents = new AgentLookup(clients);
        this.clock = clock;
    }

    CompletableFuture<String> send(Principal principal, String region, DispatchUnit unit, InvocationSink sink) {
        List<String> ids = unit.targets().stream().map(t -> t.targetId()).toList();
        return attempt(new Attempt(principal, region, unit, sink, false), ids);
    }

    /** One unit being sent, and whether its agents were already looked up. */
    private record Attempt(Principal principal, String region, DispatchUnit unit, InvocationSink sink,
                           boolean lookedUp) {
        Attempt afterLookup() {
            return new Attempt(principal, region, unit, sink, true);
        }
    }

    private CompletableFuture<String> attempt(Attempt a, List<String> ids) {
        AwsSettings settings;
        SendCommandRequest request;
        SsmAsyncClient ssm;
        try {
            settings = clients.settings();
            request = request(a.unit(), ids, settings);
            ssm = clients.ssm(a.principal(), a.region());
        } catch (DispatchRejectedException e) {
            return CompletableFuture.failedFuture(e);
        } catch (InvalidRequestException e) {
            return rejected("not sent: " + e.getMessage(), e);
        }
        return ssm.sendCommand(request).thenApply(response -> {
            String commandId = response.command().commandId();
            tracker.track(new TrackedCommand(commandId, a.principal(), a.region(), a.unit(), Set.copyOf(ids),
                    a.sink(), clock.instant(), settings.s3OutputBucket(), settings.s3OutputPrefix()));
            return commandId;
        }).exceptionallyCompose(error -> refused(a, ids, error));
    }

    private CompletableFuture<String> refused(Attempt a, List<String> ids, Throwable error) {
        String code = AwsErrors.code(error);
        String detail = AwsErrors.describe(error);
        if ("InvalidInstanceId".equals(code)) {
            Set<String> named = invalidIds(AwsErrors.message(error), ids);
            if (!named.isEmpty()) {
                a.sink().accept(named.stream().map(id -> InvocationUpdate.state(id, InvocationState.NOT_EXECUTED,
                        "unreachable: not managed by SSM (InvalidInstanceId)")).toList());
                return rest(a, ids, named, error);
            }
            return a.lookedUp() ? rejected("unreachable: " + detail, error) : lookUpAndRetry(a, ids, error);
        }
        if ("UnsupportedPlatformType".equals(code)) {
            return rejected("platform mismatch: " + detail, error);
        }
        if (code != null && NOT_SENT.contains(code)) {
            return rejected("SSM refused the command: " + detail, error);
        }
        return CompletableFuture.failedFuture(new ProviderException(detail, Failures.unwrap(error)));
    }

    private CompletableFuture<String> lookUpAndRetry(Attempt a, List<String> ids, Throwable error) {
        return agents.offline(a.principal(), a.region(), ids).handle((offline, lookupError) -> {
            if (lookupError != null || offline.isEmpty()) {
                return CompletableFuture.<String>failedFuture(new DispatchRejectedException("unreachable: "
                        + AwsErrors.describe(error) + (lookupError == null ? "; SSM lists every agent of the unit "
                        + "online" : "; looking the agents up failed: " + AwsErrors.describe(lookupError)),
                        Failures.unwrap(error)));
            }
            a.sink().accept(offline.entrySet().stream().map(e -> InvocationUpdate.state(e.getKey(),
                    InvocationState.UNDELIVERABLE, e.getValue())).toList());
            return rest(a.afterLookup(), ids, offline.keySet(), error);
        }).thenCompose(sent -> sent);
    }

    private CompletableFuture<String> rest(Attempt a, List<String> ids, Set<String> left, Throwable error) {
        List<String> rest = ids.stream().filter(id -> !left.contains(id)).toList();
        return rest.isEmpty() ? rejected("unreachable: no target of the unit is managed by SSM", error)
                : attempt(a, rest);
    }

    private static CompletableFuture<String> rejected(String reason, Throwable error) {
        return CompletableFuture.failedFuture(new DispatchRejectedException(reason, Failures.unwrap(error)));
    }

    static Set<String> invalidIds(String message, List<String> ids) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = INSTANCE_ID.matcher(message == null ? "" : message);
        while (matcher.find()) {
            if (ids.contains(matcher.group())) {
                found.add(matcher.group());
            }
        }
        return found;
    }

    static SendCommandRequest request(DispatchUnit unit, List<String> ids, AwsSettings settings) {
        boolean powerShell = unit.script().language() == ScriptLanguage.POWERSHELL;
        long execution = Math.max(1, Math.min(172_800, unit.executionTimeout().toSeconds()));
        long delivery = Math.max(30, Math.min(2_592_000, unit.deliveryTimeout().toSeconds()));
        List<String> instanceIds = new ArrayList<>(ids);
        return SendCommandRequest.builder()
                .documentName(powerShell ? "AWS-RunPowerShellScript" : "AWS-RunShellScript")
                .instanceIds(instanceIds)
                .parameters(Map.of("commands", List.of(EncodedScript.commands(unit.script())),
                        "executionTimeout", List.of(Long.toString(execution))))
                .timeoutSeconds((int) delivery)
                .maxConcurrency(Integer.toString(Math.max(1, Math.min(unit.maxConcurrency(), ids.size()))))
                .maxErrors(Integer.toString(Math.max(0, unit.maxErrors())))
                .comment(unit.comment())
                .outputS3BucketName(settings.s3OutputBucket())
                .outputS3KeyPrefix(settings.s3OutputBucket() == null ? null : settings.s3OutputPrefix())
                .build();
    }
}
