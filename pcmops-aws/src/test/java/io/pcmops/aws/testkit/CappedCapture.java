package io.pcmops.aws.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Drains a stream on a virtual thread, keeping at most {@code cap} bytes and discarding the rest. */
final class CappedCapture {

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final Thread reader;

    private CappedCapture(InputStream in, int cap) {
        this.reader = Thread.ofVirtual().name("sim-capture").start(() -> drain(in, cap));
    }

    static CappedCapture start(InputStream in, int cap) {
        return new CappedCapture(in, cap);
    }

    /** Waits up to {@code millis} for the stream to close and returns what was kept. */
    byte[] await(long millis) throws InterruptedException {
        reader.join(millis);
        synchronized (kept) {
            return kept.toByteArray();
        }
    }

    private void drain(InputStream in, int cap) {
        byte[] buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                synchronized (kept) {
                    int room = cap - kept.size();
                    kept.write(buffer, 0, Math.max(0, Math.min(room, n)));
                }
            }
        } catch (IOException e) {
            if (!"Stream closed".equals(e.getMessage())) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
