package io.pcmops.cli.env;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Routes SIGINT through {@code sun.misc.Signal} (module jdk.unsupported), reached reflectively so the build has no
 * proprietary-API warning and a runtime without it just keeps the default behaviour.
 */
public final class SignalInterrupts implements Interrupts {

    @Override
    public Registration onInterrupt(Runnable handler) {
        try {
            Class<?> signalClass = Class.forName("sun.misc.Signal");
            Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
            Object signal = signalClass.getConstructor(String.class).newInstance("INT");
            Object proxy = Proxy.newProxyInstance(handlerClass.getClassLoader(), new Class<?>[] {handlerClass},
                    forward(handler));
            Method handle = signalClass.getMethod("handle", signalClass, handlerClass);
            Object previous = handle.invoke(null, signal, proxy);
            return () -> restore(handle, signal, previous);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return () -> { };
        }
    }

    private static InvocationHandler forward(Runnable handler) {
        return (self, method, args) -> {
            if (method.getName().equals("handle")) {
                handler.run();
                return null;
            }
            return switch (method.getName()) {
                case "hashCode" -> System.identityHashCode(self);
                case "equals" -> self == args[0];
                default -> "pcmops interrupt handler";
            };
        };
    }

    private static void restore(Method handle, Object signal, Object previous) {
        try {
            handle.invoke(null, signal, previous);
        } catch (ReflectiveOperationException e) {
            // the default handler stays replaced only until the process ends
        }
    }
}
