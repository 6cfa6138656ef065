package io.pcmops.internal.workflow.report;

import java.io.IOException;

/** One file format of workflow run reports. */
interface WorkflowFormat {

    /** Every step, every target: verdict, reasons, facts and output. */
    void full(WorkflowReportSource source) throws IOException;

    /** The output of the final-report step, split into its sections. */
    void finalReport(WorkflowReportSource source, int step) throws IOException;
}
