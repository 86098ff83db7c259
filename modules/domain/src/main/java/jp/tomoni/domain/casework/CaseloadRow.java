package jp.tomoni.domain.casework;

import java.time.LocalDate;
import java.util.UUID;

/** One line of the caseload (支援ケース一覧). */
public record CaseloadRow(UUID id, String caseNumber, String name, String kana, CaseStatus status, String worker,
                          LocalDate receivedOn, LocalDate nextDue, boolean sharingAllowed, long version) {
}
