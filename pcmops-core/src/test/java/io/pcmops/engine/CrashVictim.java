package io.pcmops.engine;

import io.pcmops.Pcmops;
import io.pcmops.model.Run;
import io.pcmops.stub.StubProvider;
import io.pcmops.testkit.Runs;
import io.pcmops.testkit.TestLibraries;
import java.nio.file.Path;

/** A process that starts a slow run and then waits to be killed; used by {@link CrashResumeTest}. */
public final class CrashVictim {

    private CrashVictim() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path dir = Path.of(args[0]);
        Pcmops pcm = TestLibraries.builder(dir, CrashResumeTest.stub(Path.of(args[1])))
                .lease(CrashResumeTest.LEASE).build();
        Run run = Runs.start(pcm, StubProvider.ID, "sleep", Runs.options("5", "0"));
        System.out.println("RUN " + run.id());
        System.out.flush();
        Thread.currentThread().join();
    }
}
