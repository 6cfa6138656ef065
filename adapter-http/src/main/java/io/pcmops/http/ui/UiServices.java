package io.pcmops.http.ui;

import io.helidon.webserver.http.HttpService;
import java.util.List;
import javax.inject.Inject;

/** The web pages, one service per resource. */
public final class UiServices {

    private final List<HttpService> services;

    @Inject
    public UiServices() {
        this.services = List.of();
    }

    /** Returns every page service. */
    public List<HttpService> all() {
        return services;
    }
}
