package io.pcmops.http.view;

import io.pcmops.http.shapes.ProviderView;
import io.pcmops.model.Account;
import io.pcmops.model.ApiToken;
import io.pcmops.model.AuditEvent;
import io.pcmops.model.AuditVerification;
import io.pcmops.model.Change;
import io.pcmops.model.ChangeComparison;
import io.pcmops.model.CredentialRoot;
import io.pcmops.model.CredentialStatus;
import io.pcmops.model.Invocation;
import io.pcmops.model.InvocationOutput;
import io.pcmops.model.InvocationState;
import io.pcmops.model.OutputGroup;
import io.pcmops.model.Page;
import io.pcmops.model.Plan;
import io.pcmops.model.Run;
import io.pcmops.model.RunStatus;
import io.pcmops.model.ScopeError;
import io.pcmops.model.Script;
import io.pcmops.model.Target;
import io.pcmops.model.User;
import java.util.List;
import java.util.Map;

/** The view models of the pages: plain records the templates read. */
public final class Views {

    private Views() {
    }

    /** The sign-in page, with the form's pre-session CSRF token. */
    public record Login(String username, String error, String csrf) {
    }

    /** The password page. */
    public record Password(boolean forced, String error) {
    }

    /** The dashboard. */
    public record Dashboard(List<Run> recent, Map<RunStatus, Long> runsByStatus, List<ProviderView> providers) {
    }

    /** Fleet counts over every enabled provider. */
    public record Fleet(int total, Map<String, Integer> byPartition, Map<String, Integer> byAccount,
                        Map<String, Integer> byRegion, Map<String, Integer> byReachability, List<String> errors) {
    }

    /** The targets browser. */
    public record Targets(Map<String, String> filters, List<String> providers, List<Target> targets, int total,
                          List<ScopeError> errors, List<String> warnings, boolean listed, String query) {
    }

    /** Credential roots, and the last check made. */
    public record Credentials(List<CredentialRoot> roots, List<ProviderView> providers, CredentialStatus checked) {
    }

    /** Accounts, with the roots an admin can discover from. */
    public record Accounts(List<Account> accounts, List<CredentialRoot> roots, List<ProviderView> providers) {
    }

    /** One script: a version, all versions, and whether the viewer may edit. */
    public record ScriptPage(Script script, List<Script> versions, boolean latest) {
    }

    /** The script editor. */
    public record ScriptEdit(boolean create, String name, String description, String language, String body,
                             String parameters) {
    }

    /** The run launcher; on a change ticket's machines when {@code change} is set. */
    public record Launch(Map<String, String> form, List<Script> scripts, List<ProviderView> providers,
                         Change change) {
    }

    /** The preview of a run: the plan, and the form fields that confirm it. */
    public record Preview(Plan plan, Map<String, String> confirm, String script, int shown) {
    }

    /** The run list. */
    public record Runs(Page<Run> page, Map<String, String> filters, String nextQuery, String previousQuery) {
    }

    /** Progress of a run: status, counts, and the buttons that fit. */
    public record Progress(String runId, RunStatus status, Map<InvocationState, Integer> counts, int total,
                           int finished) {
        public boolean terminal() {
            return status.terminal();
        }

        public boolean retryable() {
            return status.terminal() && counts.entrySet().stream()
                    .anyMatch(e -> e.getKey().terminal() && e.getKey() != InvocationState.SUCCESS && e.getValue() > 0);
        }
    }

    /** A run's page. */
    public record RunPage(Run run, Progress progress, RunTargets targets) {
    }

    /** One page of a run's targets. */
    public record RunTargets(String runId, Page<Invocation> page, String state, String search, String selfUrl,
                             String nextUrl, String previousUrl) {
    }

    /** A run's outputs grouped by identical text. */
    public record Groups(String runId, List<OutputGroup> groups) {
    }

    /** One target's full output. */
    public record Output(Run run, InvocationOutput output) {
    }

    /** Change tickets: one page of them, the search, and the links to the pages around it. */
    public record Changes(Page<Change> page, String search, PageLinks links) {
    }

    /** One change ticket: its machines (the first {@code shown}) and the latest runs made under it. */
    public record ChangePage(Change change, Page<Run> runs, int shown) {
    }

    /** What importing a change-ticket CSV would change, with the CSV and description that import it. */
    public record ChangeCompare(ChangeComparison comparison, String csv, String description) {
    }

    /** The audit log. */
    public record Audit(Page<AuditEvent> page, Map<String, String> filters, String nextQuery) {
    }

    /** The verdict of the audit chain. */
    public record Verification(AuditVerification result) {
    }

    /** Users. */
    public record Users(List<User> users, String self) {
    }

    /** API tokens, and the one just created (shown once). */
    public record Tokens(List<ApiToken> tokens, Map<String, Object> created, boolean all) {
    }

    /** Providers. */
    public record Providers(List<ProviderView> providers) {
    }
}
