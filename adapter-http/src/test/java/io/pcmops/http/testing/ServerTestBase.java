package io.pcmops.http.testing;

import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the tests that call the production routing over a real socket (Helidon's {@code @ServerTest}). The server
 * serves a default {@link TestApp} with its three users, or the subclass's own {@code static TestApp} field when it
 * needs other settings; the app is closed after the class.
 */
@ExtendWith(ServedApp.class)
@ServerTest
public abstract class ServerTestBase {

    private Http1Client client;
    private WebServer server;

    /** Helidon calls this to route the server: the production routing over the class's app. */
    @SetUpRoute
    public static void routing(HttpRouting.Builder routing) {
        ServedApp.starting().routing(routing);
    }

    @BeforeEach
    protected final void connect(Http1Client client, WebServer server) {
        this.client = client;
        this.server = server;
    }

    /** Returns the app this class serves. */
    protected final TestApp app() {
        return ServedApp.of(getClass());
    }

    /** Returns Helidon's client of the server. */
    protected final Http1Client client() {
        return client;
    }

    /** Returns the server's port. */
    protected final int port() {
        return server.port();
    }

    /** Returns a client that is not signed in. */
    protected final ApiClient anonymous() {
        return new ApiClient(client);
    }

    /** Returns a client signed in through the API as {@code admin}, {@code operator} or {@code viewer}. */
    protected final ApiClient signedIn(String user) {
        return anonymous().login(user, TestApp.password(user));
    }
}
