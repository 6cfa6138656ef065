package io.pcmops.http.inject;

import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.staticcontent.ClasspathHandlerConfig;
import io.helidon.webserver.staticcontent.StaticContentFeature;
import io.pcmops.http.api.AccountsApi;
import io.pcmops.http.api.AuditApi;
import io.pcmops.http.api.AuthApi;
import io.pcmops.http.api.ChangesApi;
import io.pcmops.http.api.CredentialsApi;
import io.pcmops.http.api.PlansApi;
import io.pcmops.http.api.ProvidersApi;
import io.pcmops.http.api.RunsApi;
import io.pcmops.http.api.ScriptsApi;
import io.pcmops.http.api.SystemApi;
import io.pcmops.http.api.TargetsApi;
import io.pcmops.http.api.TokensApi;
import io.pcmops.http.api.UsersApi;
import io.pcmops.http.routing.AuthenticationFilter;
import io.pcmops.http.routing.ErrorMapping;
import io.pcmops.http.routing.RouteCatalog;
import io.pcmops.http.ui.UiServices;
import io.pcmops.http.web.HttpProblem;
import io.pcmops.http.web.SecurityHeaders;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;

/** The one routing function: the server and every route test call it. */
public final class HttpRoutes {

    private final SecurityHeaders headers;
    private final AuthenticationFilter authentication;
    private final ErrorMapping errors;
    private final List<HttpService> services;
    private final UiServices pages;
    private final RouteCatalog catalog;

    @Inject
    public HttpRoutes(SecurityHeaders headers, AuthenticationFilter authentication, ErrorMapping errors,
                      RouteCatalog catalog,
                      SystemApi system, AuthApi auth, TokensApi tokens, UsersApi users, CredentialsApi credentials,
                      AccountsApi accounts, ProvidersApi providers, TargetsApi targets, ScriptsApi scripts,
                      PlansApi plans, RunsApi runs, ChangesApi changes, AuditApi audit, UiServices pages) {
        this.headers = headers;
        this.authentication = authentication;
        this.errors = errors;
        this.services = List.of(system, auth, tokens, users, credentials, accounts, providers, targets, scripts,
                plans, runs, changes, audit);
        this.pages = pages;
        this.catalog = catalog;
    }

    /**
     * Registers filters, error mapping, static assets, the API, the pages and the fallback: 405 with {@code Allow}
     * for a known path asked with another method, else 404.
     */
    public void routing(HttpRouting.Builder routing) {
        routing.addFilter(headers).addFilter(authentication).error(Throwable.class, errors::handle);
        routing.register("/webjars", assets("META-INF/resources/webjars"));
        routing.register("/static", assets("io/pcmops/http/static"));
        services.forEach(routing::register);
        pages.all().forEach(routing::register);
        routing.any((request, response) -> {
            String path = request.path().path();
            Set<String> allowed = catalog.methodsAt(path);
            if (!allowed.isEmpty()) {
                throw HttpProblem.methodNotAllowed(request.prologue().method().text(), path, allowed);
            }
            throw HttpProblem.notFound("nothing at " + request.prologue().method().text() + " " + path);
        });
    }

    private static HttpService assets(String location) {
        return StaticContentFeature.createService(ClasspathHandlerConfig.builder().location(location).build());
    }
}
