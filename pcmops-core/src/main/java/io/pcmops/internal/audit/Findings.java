package io.pcmops.internal.audit;

import io.pcmops.model.AuditProblem;
import io.pcmops.model.AuditVerification;
import java.util.EnumMap;
import java.util.Map;

/** The first finding of each kind while walking the chain, reported by the most telling kind. */
final class Findings {

    private final Map<AuditProblem, Finding> first = new EnumMap<>(AuditProblem.class);

    void note(AuditProblem problem, long sequence, String message) {
        first.putIfAbsent(problem, new Finding(sequence, message));
    }

    AuditVerification verdict(long checked, long legacyEvents) {
        for (AuditProblem problem : AuditProblem.values()) {
            Finding finding = first.get(problem);
            if (finding != null) {
                return new AuditVerification(false, checked, finding.sequence(), finding.message(), problem);
            }
        }
        String legacy = legacyEvents <= 0 ? "" : " (" + Math.min(legacyEvents, checked) + " written before the "
                + "chain was keyed, checked against their recorded head)";
        return new AuditVerification(true, checked, null, "all " + checked + " events intact" + legacy,
                AuditProblem.NONE);
    }

    private record Finding(long sequence, String message) {
    }
}
