/**
 * Test kit for the AWS provider, shipped in {@code pcmops-aws}'s test-jar.
 *
 * <ul>
 *   <li>{@link io.pcmops.aws.testkit.SsmFleetSimulator}: an SSM Run Command server on loopback speaking AWS JSON 1.1,
 *       with simulated EC2 fleets per account and region (see {@code shared/reference/SSM-BEHAVIOUR.md}).</li>
 *   <li>{@link io.pcmops.aws.testkit.FaultProxy}: a loopback proxy that adds latency, throttling and AssumeRole
 *       denials in front of moto or the simulator.</li>
 *   <li>{@link io.pcmops.aws.testkit.MotoServer}: finds the moto server started by {@code scripts/moto}.</li>
 * </ul>
 */
package io.pcmops.aws.testkit;
