package io.pcmops.aws;

import static io.pcmops.aws.RunSupport.FAST;
import static io.pcmops.aws.RunSupport.aws;
import static io.pcmops.aws.RunSupport.invocations;
import static io.pcmops.aws.RunSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.Pcmops;
import io.pcmops.aws.testkit.AwsTestEnvironment;
import io.pcmops.aws.testkit.Behaviour;
import io.pcmops.aws.testkit.SimulatedInstance;
import io.pcmops.model.Account;
import io.pcmops.model.CredentialStatus;
import io.pcmops.model.Invocation;
import io.pcmops.model.InvocationState;
import io.pcmops.model.ReachabilityStatus;
import io.pcmops.model.Plan;
import io.pcmops.model.Run;
import io.pcmops.model.RunRequest;
import io.pcmops.model.ScriptChoice;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.model.RunOptions;
import io.pcmops.model.RunStatus;
import io.pcmops.model.Selector;
import io.pcmops.model.Target;
import io.pcmops.model.TargetListing;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsProviderEndToEndTest {

    @TempDir
    static Path dir;

    @AutoClose
    private static AwsTestEnvironment env;
    private static Pcmops pcm;

    @BeforeAll
    static void start() {
        env = AwsTestEnvironment.builder(dir.resolve("data")).members(3).start();
        pcm = env.pcm();
    }

    @AfterEach
    void clearFaults() {
        env.resetProxies();
    }

    @Test
    void discover_whenOrganizationHasMembers_storesThemWithTheirOuPath() {
        List<Account> accounts = pcm.accounts().list();

        assertThat(accounts).extracting(Account::accountId).containsAll(env.members())
                .contains(env.managementAccount());
        Account member = accounts.stream().filter(a -> a.accountId().equals(env.members().get(0))).findFirst()
                .orElseThrow();
        assertThat(member.isUnder("workloads")).isTrue();
        assertThat(member.organizationPath().get(0).id()).startsWith("r-");
        assertThat(member.status()).isEqualTo("ACTIVE");
        assertThat(member.credentialRootId()).isEqualTo("main");
        assertThat(member.partition()).isEqualTo("aws");
    }

    @Test
    void list_whenAllAccounts_listsEveryRegionAndGovCloudWithReachability() {
        TargetListing listing = pcm.targets().list(aws(), true).join();

        assertThat(listing.errors()).isEmpty();
        assertThat(listing.targets()).extracting(Target::targetId)
                .containsExactlyInAnyOrderElementsOf(env.instances().stream().map(p -> p.id()).toList());
        Target gov = listing.targets().stream().filter(t -> t.partition().equals("aws-us-gov")).findFirst()
                .orElseThrow();
        assertThat(gov.account()).isEqualTo(env.govAccount());
        assertThat(gov.region()).isEqualTo("us-gov-west-1");
        Target any = listing.targets().get(0);
        assertThat(any.reachability().status()).isEqualTo(ReachabilityStatus.ONLINE);
        assertThat(any.reachability().agentVersion()).isNotBlank();
        assertThat(any.reachability().platformName()).isEqualTo("Amazon Linux");
        assertThat(any.name()).startsWith("web-");
        assertThat(any.state().id()).isEqualTo("running");
        assertThat(any.instanceType()).isEqualTo("t3.micro");
        assertThat(any.privateIp()).isNotBlank();
        assertThat(any.availabilityZone()).startsWith(any.region());
        assertThat(any.launchTime()).isNotNull();
        assertThat(pcm.providers().get(0).apiCalls()).containsKeys("ec2:DescribeInstances",
                "ssm:DescribeInstanceInformation", "sts:AssumeRole", "sts:GetCallerIdentity");
    }

    @Test
    void list_whenTagOuAndPlatformFilters_narrowsTargets() {
        TargetListing prod = pcm.targets().list(Selector.builder().provider("aws").tags(Map.of("Env", "prod"))
                .ou("workloads").build(), true).join();
        TargetListing windows = pcm.targets().list(Selector.builder().provider("aws").platform("windows").build(),
                true).join();
        TargetListing gov = pcm.targets().list(Selector.builder().provider("aws").partition("aws-us-gov").build(),
                true).join();

        assertThat(prod.targets()).isNotEmpty().allSatisfy(t -> {
            assertThat(t.tags()).containsEntry("Env", "prod");
            assertThat(env.members()).contains(t.account());
        });
        assertThat(prod.targets()).hasSize((int) env.instances().stream()
                .filter(p -> p.env().equals("prod") && env.members().contains(p.account())).count());
        assertThat(windows.targets()).isEmpty();
        assertThat(gov.targets()).isNotEmpty().allSatisfy(t -> assertThat(t.region()).startsWith("us-gov-"));
    }

    @Test
    void list_whenAssumeRoleDenied_reportsThatAccountAndListsTheRest() {
        String denied = env.members().get(1);
        env.motoProxy().denyAssumeRole(env.roleArn(denied));

        TargetListing listing = pcm.actingAs("someone-else").targets().list(Selector.builder().provider("aws")
                .accounts(List.of(denied, env.members().get(0))).build(), true).join();

        assertThat(listing.errors()).singleElement().satisfies(e -> {
            assertThat(e.account()).isEqualTo(denied);
            assertThat(e.message()).contains("AccessDenied");
        });
        assertThat(listing.targets()).isNotEmpty().allSatisfy(t -> assertThat(t.account())
                .isEqualTo(env.members().get(0)));
    }

    @Test
    void list_whenSsmFails_listsTargetsWithUnknownReachabilityAndAWarning() {
        env.ssmProxy().throttleWithProbability("DescribeInstanceInformation", 1.0);

        TargetListing listing = pcm.targets().list(Selector.builder().provider("aws")
                .accounts(List.of(env.members().get(0))).regions(List.of("us-east-1")).build(), true).join();

        assertThat(listing.targets()).hasSize(2).allSatisfy(t -> assertThat(t.reachability().status())
                .isEqualTo(ReachabilityStatus.UNKNOWN));
        assertThat(listing.warnings()).singleElement().asString().contains("reachability unknown");
    }

    @Test
    void run_whenAssumeRoleDenied_thatAccountIsNotExecutedAndTheRestSucceed() throws Exception {
        String denied = env.members().get(2);
        List<String> accounts = List.of(env.members().get(0), denied);
        Run started = RunSupport.start(pcm, Selector.builder().provider("aws").accounts(accounts)
                .regions(List.of("us-east-1")).build(), "echo hello", FAST);
        env.motoProxy().denyAssumeRole(env.roleArn(denied));

        Run done = RunSupport.finish(pcm, started);

        Map<String, Invocation> byId = invocations(pcm, done.id());
        assertThat(byId).hasSize(4);
        byId.values().forEach(i -> {
            if (i.target().account().equals(denied)) {
                assertThat(i.state()).isEqualTo(InvocationState.NOT_EXECUTED);
                assertThat(i.reason()).startsWith("credentials:").contains("AccessDenied");
            } else {
                assertThat(i.state()).isEqualTo(InvocationState.SUCCESS);
                assertThat(i.stdout()).isEqualTo("ok\n");
            }
        });
    }

    @Test
    void run_whenOutcomesMixed_mapsEachSsmStatus() throws Exception {
        List<String> ids = env.instancesOf(env.members().get(0)).subList(0, 5);
        Plan plan = pcm.plans().create(Selector.builder().provider("aws").ids(ids).build()).join();
        env.simulator().update(ids.get(0), b -> b.behaviour(Behaviour.scripted(0, "fine\n", "", Duration.ZERO)));
        env.simulator().update(ids.get(1), b -> b.behaviour(Behaviour.scripted(3, "out\n", "oops\n",
                Duration.ZERO)));
        env.simulator().update(ids.get(2), b -> b.pingStatus(SimulatedInstance.PingStatus.CONNECTION_LOST));
        env.simulator().update(ids.get(3), b -> b.managed(false));
        env.simulator().update(ids.get(4), b -> b.behaviour(Behaviour.scripted(0, "", "", Duration.ofSeconds(30))));
        try {
            Run done = RunSupport.finish(pcm, pcm.runs().start(RunRequest.onPlan(plan.id(), ScriptChoice.inline(
                    ScriptLanguage.SHELL, "true")).withOptions(new RunOptions("100%", "100%", Duration.ofHours(1),
                    Duration.ofSeconds(10)))).join());

            Map<String, Invocation> byId = invocations(pcm, done.id());
            assertThat(byId.get(ids.get(0)).state()).isEqualTo(InvocationState.SUCCESS);
            assertThat(byId.get(ids.get(0)).exitCode()).isZero();
            assertThat(byId.get(ids.get(1)).state()).isEqualTo(InvocationState.FAILED);
            assertThat(byId.get(ids.get(1)).exitCode()).isEqualTo(3);
            assertThat(byId.get(ids.get(1)).stderr()).isEqualTo("oops\n");
            assertThat(byId.get(ids.get(2)).state()).isEqualTo(InvocationState.UNDELIVERABLE);
            assertThat(byId.get(ids.get(3)).state()).isEqualTo(InvocationState.NOT_EXECUTED);
            assertThat(byId.get(ids.get(3)).reason()).contains("not managed by SSM");
            assertThat(byId.get(ids.get(4)).state()).isEqualTo(InvocationState.TIMED_OUT_EXECUTION);
            assertThat(done.status()).isEqualTo(RunStatus.COMPLETED_WITH_FAILURES);
        } finally {
            ids.forEach(id -> env.simulator().update(id, b -> b.managed(true)
                    .pingStatus(SimulatedInstance.PingStatus.ONLINE).behaviour(AwsTestEnvironment.OK)));
        }
    }

    @Test
    void run_whenErrorBudgetSpent_stopsAcrossTwoAccounts() throws Exception {
        List<String> accounts = List.of(env.members().get(0), env.members().get(1));
        List<String> failing = env.instances().stream().filter(p -> accounts.contains(p.account())
                && p.region().equals("eu-west-1")).map(p -> p.id()).toList();
        failing.forEach(id -> env.simulator().update(id, b -> b.behaviour(Behaviour.scripted(1, "failing\n", "",
                Duration.ZERO))));
        try {
            Run done = run(pcm, Selector.builder().provider("aws").ids(failing).build(), "exit 1",
                    new RunOptions("1", "2", Duration.ofHours(1), Duration.ofHours(1)));

            Map<String, Invocation> byId = invocations(pcm, done.id());
            assertThat(byId.values()).filteredOn(i -> i.state() == InvocationState.FAILED).hasSize(3)
                    .extracting(i -> i.target().account()).containsAll(accounts);
            assertThat(byId.values()).filteredOn(i -> i.state() == InvocationState.NOT_EXECUTED).singleElement()
                    .satisfies(i -> assertThat(i.reason()).contains("error budget spent"));
        } finally {
            failing.forEach(id -> env.simulator().update(id, b -> b.behaviour(AwsTestEnvironment.OK)));
        }
    }

    @Test
    void run_whenThrottled_retriesAndSucceeds() throws Exception {
        env.ssmProxy().throttle("SendCommand", 2).throttle("ListCommandInvocations", 3);
        long before = env.simulator().callCount("SendCommand");

        Run done = run(pcm, Selector.builder().provider("aws").accounts(List.of(env.members().get(0)))
                .regions(List.of("ap-southeast-2")).build(), "echo hi", FAST);

        assertThat(done.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(env.ssmProxy().injectedFaults()).isEqualTo(5);
        assertThat(env.simulator().callCount("SendCommand") - before).isEqualTo(1);
    }

    @Test
    void run_whenCancelled_cancelsTheCommandAtSsm() throws Exception {
        List<String> ids = env.instancesOf(env.members().get(1)).subList(0, 2);
        ids.forEach(id -> env.simulator().update(id, b -> b.behaviour(Behaviour.scripted(0, "", "",
                Duration.ofHours(24)))));
        try {
            Run started = RunSupport.start(pcm, Selector.builder().provider("aws").ids(ids).build(), "sleep 60",
                    new RunOptions("100%", "0", Duration.ofHours(1), Duration.ofHours(48)));
            awaitState(started.id(), InvocationState.IN_PROGRESS, 2);
            pcm.runs().cancel(started.id());

            Run done = RunSupport.finish(pcm, started);

            assertThat(done.status()).isEqualTo(RunStatus.CANCELLED);
            assertThat(invocations(pcm, done.id()).values()).allSatisfy(i -> assertThat(i.state())
                    .isEqualTo(InvocationState.CANCELLED));
            assertThat(env.simulator().callCount("CancelCommand")).isPositive();
        } finally {
            ids.forEach(id -> env.simulator().update(id, b -> b.behaviour(AwsTestEnvironment.OK)));
        }
    }

    @Test
    void validate_whenRootsAreGood_reportsAccountsAndExpiry() {
        CredentialStatus main = pcm.credentials().validate("main").join();
        CredentialStatus gov = pcm.credentials().validate("gov").join();

        assertThat(main.state()).isEqualTo(CredentialStatus.State.VALID);
        assertThat(main.account()).isEqualTo(env.managementAccount());
        assertThat(main.maskedKey()).isEqualTo("AKIA…ENT1");
        assertThat(gov.state()).isEqualTo(CredentialStatus.State.VALID);
        assertThat(gov.account()).isEqualTo(env.govAccount());
        assertThat(gov.expiresAt()).isNotNull();
    }

    private void awaitState(String runId, InvocationState state, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (pcm.runs().get(runId).count(state) >= count) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("run " + runId + " never had " + count + " targets " + state + ": "
                + invocations(pcm, runId).values().stream().map(i -> i.state() + "/" + i.reason()).toList());
    }
}
