package io.pcmops.cli.inject;

import dagger.Binds;
import dagger.Module;
import dagger.multibindings.ClassKey;
import dagger.multibindings.IntoMap;
import io.pcmops.cli.PcmopsCli;
import io.pcmops.cli.commands.CompletionCommand;
import io.pcmops.cli.commands.PlanCommand;
import io.pcmops.cli.commands.RunCommand;
import io.pcmops.cli.commands.accounts.AccountsAddCommand;
import io.pcmops.cli.commands.accounts.AccountsCommand;
import io.pcmops.cli.commands.accounts.AccountsDiscoverCommand;
import io.pcmops.cli.commands.accounts.AccountsListCommand;
import io.pcmops.cli.commands.accounts.AccountsRemoveCommand;
import io.pcmops.cli.commands.audit.AuditCommand;
import io.pcmops.cli.commands.audit.AuditListCommand;
import io.pcmops.cli.commands.audit.AuditVerifyCommand;
import io.pcmops.cli.commands.credentials.CredentialsAddCommand;
import io.pcmops.cli.commands.credentials.CredentialsCommand;
import io.pcmops.cli.commands.credentials.CredentialsListCommand;
import io.pcmops.cli.commands.credentials.CredentialsRemoveCommand;
import io.pcmops.cli.commands.credentials.CredentialsValidateCommand;
import io.pcmops.cli.commands.providers.ProvidersCommand;
import io.pcmops.cli.commands.providers.ProvidersListCommand;
import io.pcmops.cli.commands.providers.ProvidersSetCommand;
import io.pcmops.cli.commands.providers.ProvidersSettingsCommand;
import io.pcmops.cli.commands.providers.ProvidersUnsetCommand;
import io.pcmops.cli.commands.runs.RunsCancelCommand;
import io.pcmops.cli.commands.runs.RunsCommand;
import io.pcmops.cli.commands.runs.RunsExportCommand;
import io.pcmops.cli.commands.runs.RunsListCommand;
import io.pcmops.cli.commands.runs.RunsOutputCommand;
import io.pcmops.cli.commands.runs.RunsRetryCommand;
import io.pcmops.cli.commands.runs.RunsShowCommand;
import io.pcmops.cli.commands.runs.RunsWatchCommand;
import io.pcmops.cli.commands.scripts.ScriptsAddCommand;
import io.pcmops.cli.commands.scripts.ScriptsCommand;
import io.pcmops.cli.commands.scripts.ScriptsListCommand;
import io.pcmops.cli.commands.scripts.ScriptsRemoveCommand;
import io.pcmops.cli.commands.scripts.ScriptsShowCommand;
import io.pcmops.cli.commands.scripts.ScriptsVersionsCommand;
import io.pcmops.cli.commands.targets.TargetsCommand;
import io.pcmops.cli.commands.targets.TargetsListCommand;
import picocli.CommandLine.IFactory;

/** Every command picocli may create, keyed by class, and the factory that hands them out. */
@Module
interface CommandModule {

    @Binds
    IFactory factory(DaggerCommandFactory factory);

    @Binds @IntoMap @ClassKey(CompletionCommand.class) Object completionCommand(CompletionCommand c);
    @Binds @IntoMap @ClassKey(PlanCommand.class) Object planCommand(PlanCommand c);
    @Binds @IntoMap @ClassKey(RunCommand.class) Object runCommand(RunCommand c);
    @Binds @IntoMap @ClassKey(AccountsAddCommand.class) Object accountsAddCommand(AccountsAddCommand c);
    @Binds @IntoMap @ClassKey(AccountsCommand.class) Object accountsCommand(AccountsCommand c);
    @Binds @IntoMap @ClassKey(AccountsDiscoverCommand.class) Object accountsDiscoverCommand(AccountsDiscoverCommand c);
    @Binds @IntoMap @ClassKey(AccountsListCommand.class) Object accountsListCommand(AccountsListCommand c);
    @Binds @IntoMap @ClassKey(AccountsRemoveCommand.class) Object accountsRemoveCommand(AccountsRemoveCommand c);
    @Binds @IntoMap @ClassKey(AuditCommand.class) Object auditCommand(AuditCommand c);
    @Binds @IntoMap @ClassKey(AuditListCommand.class) Object auditListCommand(AuditListCommand c);
    @Binds @IntoMap @ClassKey(AuditVerifyCommand.class) Object auditVerifyCommand(AuditVerifyCommand c);
    @Binds @IntoMap @ClassKey(CredentialsAddCommand.class) Object credentialsAddCommand(CredentialsAddCommand c);
    @Binds @IntoMap @ClassKey(CredentialsCommand.class) Object credentialsCommand(CredentialsCommand c);
    @Binds @IntoMap @ClassKey(CredentialsListCommand.class) Object credentialsListCommand(CredentialsListCommand c);
    @Binds @IntoMap @ClassKey(CredentialsRemoveCommand.class) Object credentialsRemoveCommand(CredentialsRemoveCommand c);
    @Binds @IntoMap @ClassKey(CredentialsValidateCommand.class) Object credentialsValidateCommand(CredentialsValidateCommand c);
    @Binds @IntoMap @ClassKey(ProvidersCommand.class) Object providersCommand(ProvidersCommand c);
    @Binds @IntoMap @ClassKey(ProvidersListCommand.class) Object providersListCommand(ProvidersListCommand c);
    @Binds @IntoMap @ClassKey(ProvidersSetCommand.class) Object providersSetCommand(ProvidersSetCommand c);
    @Binds @IntoMap @ClassKey(ProvidersSettingsCommand.class) Object providersSettingsCommand(ProvidersSettingsCommand c);
    @Binds @IntoMap @ClassKey(ProvidersUnsetCommand.class) Object providersUnsetCommand(ProvidersUnsetCommand c);
    @Binds @IntoMap @ClassKey(RunsCancelCommand.class) Object runsCancelCommand(RunsCancelCommand c);
    @Binds @IntoMap @ClassKey(RunsCommand.class) Object runsCommand(RunsCommand c);
    @Binds @IntoMap @ClassKey(RunsExportCommand.class) Object runsExportCommand(RunsExportCommand c);
    @Binds @IntoMap @ClassKey(RunsListCommand.class) Object runsListCommand(RunsListCommand c);
    @Binds @IntoMap @ClassKey(RunsOutputCommand.class) Object runsOutputCommand(RunsOutputCommand c);
    @Binds @IntoMap @ClassKey(RunsRetryCommand.class) Object runsRetryCommand(RunsRetryCommand c);
    @Binds @IntoMap @ClassKey(RunsShowCommand.class) Object runsShowCommand(RunsShowCommand c);
    @Binds @IntoMap @ClassKey(RunsWatchCommand.class) Object runsWatchCommand(RunsWatchCommand c);
    @Binds @IntoMap @ClassKey(ScriptsAddCommand.class) Object scriptsAddCommand(ScriptsAddCommand c);
    @Binds @IntoMap @ClassKey(ScriptsCommand.class) Object scriptsCommand(ScriptsCommand c);
    @Binds @IntoMap @ClassKey(ScriptsListCommand.class) Object scriptsListCommand(ScriptsListCommand c);
    @Binds @IntoMap @ClassKey(ScriptsRemoveCommand.class) Object scriptsRemoveCommand(ScriptsRemoveCommand c);
    @Binds @IntoMap @ClassKey(ScriptsShowCommand.class) Object scriptsShowCommand(ScriptsShowCommand c);
    @Binds @IntoMap @ClassKey(ScriptsVersionsCommand.class) Object scriptsVersionsCommand(ScriptsVersionsCommand c);
    @Binds @IntoMap @ClassKey(TargetsCommand.class) Object targetsCommand(TargetsCommand c);
    @Binds @IntoMap @ClassKey(TargetsListCommand.class) Object targetsListCommand(TargetsListCommand c);
    @Binds @IntoMap @ClassKey(PcmopsCli.class) Object pcmopsCli(PcmopsCli c);
}
