package io.pcmops.model;

import io.pcmops.InvalidRequestException;

/**
 * Which step's output is a workflow run's final report. The output of each target is split into sections at lines
 * {@code === Title ===} (e.g. "QC Report" and "Patch Script").
 *
 * @param step  id of the step whose output is the final report
 * @param title title of the report
 */
public record FinalReport(String step, String title) {

    public FinalReport {
        if (step == null || step.isBlank()) {
            throw new InvalidRequestException("the final report needs 'step', the step whose output it shows");
        }
        title = title == null || title.isBlank() ? "Final report" : title;
    }
}
