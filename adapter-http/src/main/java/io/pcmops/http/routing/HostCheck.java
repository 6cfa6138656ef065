package io.pcmops.http.routing;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.pcmops.http.config.ServerSettings;
import io.pcmops.http.web.HttpProblem;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * Answers 400 to requests whose {@code Host} is not one of the configured names (when names are configured), so a
 * DNS-rebinding page cannot reach the server under a name of its own.
 */
@Singleton
public final class HostCheck implements Filter {

    private final Set<String> allowed;
    private final ErrorMapping errors;

    @Inject
    public HostCheck(ServerSettings settings, ErrorMapping errors) {
        this.allowed = settings.network().allowedHosts().stream().map(h -> h.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.errors = errors;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        if (allowed.isEmpty() || allowed.contains(hostName(request.headers().first(HeaderNames.HOST).orElse("")))) {
            chain.proceed();
            return;
        }
        errors.handle(request, response, HttpProblem.badRequest("this server does not answer to that Host name; "
                + "use one of the names it is configured for (pcmops.allowed-hosts)"));
    }

    private static String hostName(String host) {
        String value = host.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            return end < 0 ? value : value.substring(1, end);
        }
        int colon = value.lastIndexOf(':');
        return colon < 0 ? value : value.substring(0, colon);
    }
}
