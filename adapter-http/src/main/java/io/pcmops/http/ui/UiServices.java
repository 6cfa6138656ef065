package io.pcmops.http.ui;

import io.helidon.webserver.http.HttpService;
import java.util.List;
import javax.inject.Inject;

/** The web pages, one service per resource. */
public final class UiServices {

    private final List<HttpService> services;

    @Inject
    public UiServices(LoginPage login, DashboardPage dashboard, FleetPages fleet, AdminPages admin,
                      ScriptPages scripts, LaunchPages launch, RunPages runs, ChangePages changes, AuditPages audit,
                      UserPages users) {
        this.services = List.of(login, dashboard, fleet, admin, scripts, launch, runs, changes, audit, users);
    }

    /** Returns every page service. */
    public List<HttpService> all() {
        return services;
    }
}
