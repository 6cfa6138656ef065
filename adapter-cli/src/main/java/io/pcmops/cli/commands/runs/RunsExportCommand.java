package io.pcmops.cli.commands.runs;

import io.pcmops.InvalidRequestException;
import io.pcmops.Pcmops;
import io.pcmops.cli.options.LibraryConverter;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.model.ExportFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pcmops runs export ID --format F [-o FILE]}. */
@Command(name = "export", description = "Writes a run report: csv (DESIGN.md's columns), json, md or html.")
public final class RunsExportCommand extends CliCommand {

    @Parameters(paramLabel = "RUN_ID", description = "The run.")
    private String runId;

    @Option(names = "--format", paramLabel = "F", required = true, converter = FormatConverter.class,
            description = "csv, json, md or html.")
    private ExportFormat format;

    @Option(names = {"-o", "--file"}, paramLabel = "FILE", description = "Write to this file (default: stdout).")
    private Path file;

    @Inject
    public RunsExportCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws IOException {
        try (Pcmops pcm = open(Access.READ)) {
            if (file == null) {
                ByteArrayOutputStream report = new ByteArrayOutputStream();
                pcm.runs().export(runId, format, report);
                out().print(report.toString(StandardCharsets.UTF_8));
                out().flush();
            } else {
                writeFile(pcm);
                note("wrote " + file);
            }
            return ExitCodes.OK;
        }
    }

    /** Writes a temporary file beside the target and moves it into place, so no half-written report remains. */
    private void writeFile(Pcmops pcm) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (!Files.isDirectory(absolute.getParent())) {
            throw new InvalidRequestException("cannot write " + file + ": folder " + absolute.getParent()
                    + " does not exist");
        }
        Path draft = Files.createTempFile(absolute.getParent(), ".pcmops-export", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(draft)) {
                pcm.runs().export(runId, format, out);
            }
            Files.move(draft, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    /** Reads an export format with the library's parser. */
    public static final class FormatConverter extends LibraryConverter<ExportFormat> {
        public FormatConverter() {
            super(ExportFormat::parse);
        }
    }
}
