package io.pcmops.aws.testkit;

import java.util.HashMap;
import java.util.Map;

/** The operation table of the simulator and its throttles. */
final class SsmOperations {

    private SsmOperations() {
    }

    static Map<String, SsmOperation> all(FleetEngine engine) {
        return Map.of(
                "SendCommand", new SendCommandOperation(engine),
                "ListCommandInvocations", new ListCommandInvocationsOperation(engine),
                "GetCommandInvocation", new GetCommandInvocationOperation(engine),
                "ListCommands", new ListCommandsOperation(engine),
                "CancelCommand", new CancelCommandOperation(engine),
                "DescribeInstanceInformation", new DescribeInstanceInformationOperation(engine));
    }

    static Map<String, TokenBucket> throttles(Map<String, double[]> settings) {
        Map<String, TokenBucket> buckets = new HashMap<>();
        settings.forEach((op, rate) -> buckets.put(op, new TokenBucket(rate[0], (int) rate[1])));
        return buckets;
    }
}
