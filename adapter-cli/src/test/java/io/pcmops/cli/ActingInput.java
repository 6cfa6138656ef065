package io.pcmops.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard input that runs an action when it is first read, then gives its text: lets a test change the world
 * while the command waits for an answer (e.g. revoke a role between the plan and the run).
 */
final class ActingInput extends InputStream {

    private final ByteArrayInputStream text;
    private Runnable action;

    ActingInput(String text, Runnable action) {
        this.text = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        this.action = action;
    }

    @Override
    public synchronized int read() {
        act();
        return text.read();
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) {
        act();
        return text.read(buffer, offset, length);
    }

    private void act() {
        if (action != null) {
            Runnable once = action;
            action = null;
            once.run();
        }
    }
}
