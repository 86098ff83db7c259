package jp.tomoni.domain.casework.meeting;

import java.util.Collection;

/**
 * 自治体職員 attend the 支援調整会議 in principle (DOMAIN.md §2), and the meeting's approval is what
 * lets the municipality decide: so outcomes are recorded only for a held meeting with at least one
 * municipal attendee. A meeting with no outcomes (scheduled, or only sharing) needs none.
 */
public final class MeetingRule {
    private MeetingRule() {
    }

    public static boolean canRecordOutcomes(MeetingStatus status, Collection<Attendee> attendees,
                                            Collection<MeetingDraft.Item> cases) {
        boolean outcomes = cases.stream().anyMatch(c -> c.outcome() != null);
        if (!outcomes) {
            return true;
        }
        return status == MeetingStatus.HELD && attendees.stream().anyMatch(Attendee::municipal);
    }
}
