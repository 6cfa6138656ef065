package io.pcmops.http.inject;

import dagger.BindsInstance;
import dagger.Component;
import io.pcmops.Pcmops;
import io.pcmops.http.config.ServerSettings;
import io.pcmops.http.routing.RouteCatalog;
import io.pcmops.http.security.AdminBootstrap;
import io.pcmops.http.security.PasswordHasher;
import io.pcmops.http.security.SessionManager;
import javax.inject.Singleton;

/** The server's object graph: one per server, over one library. */
@Singleton
@Component(modules = HttpModule.class)
public interface HttpComponent {

    /** Returns the routing function shared by the server and the tests. */
    HttpRoutes routes();

    /** Returns the routes registered so far, with their access rules. */
    RouteCatalog catalog();

    /** Returns the first-start administrator creation. */
    AdminBootstrap bootstrap();

    /** Returns the password hasher. */
    PasswordHasher hasher();

    /** Returns the session store. */
    SessionManager sessions();

    /** Builds the component. */
    @Component.Builder
    interface Builder {

        @BindsInstance
        Builder library(Pcmops pcm);

        @BindsInstance
        Builder settings(ServerSettings settings);

        HttpComponent build();
    }

    /** Returns a component over a library with the given settings. */
    static HttpComponent create(Pcmops pcm, ServerSettings settings) {
        return DaggerHttpComponent.builder().library(pcm).settings(settings).build();
    }
}
