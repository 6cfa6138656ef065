package io.pcmops.http.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Opens the {@link TestApp} a test class serves before Helidon starts its server, and closes it after the class: the
 * class's own {@code static TestApp} field when it declares one, else a default app.
 */
final class ServedApp implements BeforeAllCallback, AfterAllCallback {

    private static final ThreadLocal<TestApp> STARTING = new ThreadLocal<>();
    private static final Map<Class<?>, TestApp> SERVED = new ConcurrentHashMap<>();

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        Class<?> testClass = context.getRequiredTestClass();
        TestApp app = declared(testClass);
        SERVED.put(testClass, app == null ? TestApp.create() : app);
        STARTING.set(SERVED.get(testClass));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        STARTING.remove();
        TestApp app = SERVED.remove(context.getRequiredTestClass());
        if (app != null) {
            app.close();
        }
    }

    /** Returns the app whose server Helidon is setting up on this thread. */
    static TestApp starting() {
        TestApp app = STARTING.get();
        if (app == null) {
            throw new IllegalStateException("no app is starting: extend ServerTestBase, which opens it first");
        }
        return app;
    }

    /** Returns the app a test class serves. */
    static TestApp of(Class<?> testClass) {
        return SERVED.get(testClass);
    }

    private static TestApp declared(Class<?> testClass) throws IllegalAccessException {
        List<Field> fields = Arrays.stream(testClass.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == TestApp.class).toList();
        if (fields.size() > 1) {
            throw new IllegalStateException(testClass.getSimpleName() + " declares more than one static TestApp");
        }
        if (fields.isEmpty()) {
            return null;
        }
        fields.get(0).setAccessible(true);
        return (TestApp) fields.get(0).get(null);
    }
}
