package io.pcmops.http.inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.Module;
import dagger.Provides;
import io.pcmops.Pcmops;
import java.time.Clock;
import javax.inject.Singleton;

/** What the server's classes need beyond the library and the settings. */
@Module
public final class HttpModule {

    private HttpModule() {
    }

    @Provides
    @Singleton
    static ObjectMapper mapper() {
        return Pcmops.objectMapper();
    }

    @Provides
    @Singleton
    static Clock clock() {
        return Clock.systemUTC();
    }
}
