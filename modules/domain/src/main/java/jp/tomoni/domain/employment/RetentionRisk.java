package jp.tomoni.domain.employment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The risk of job leaving from the warning signs of the last {@value #WINDOW_DAYS} days and the
 * contacts left undone (DOMAIN §5, seed 002: catching the signs early is what employers value):
 * missed medication, two or more different signs, one sign at two or more contacts, or two or more
 * missed contacts make it {@link RiskLevel#HIGH}; any sign or one missed contact makes it
 * {@link RiskLevel#WATCH}.
 */
public final class RetentionRisk {
    /** Contacts from {@code today} minus this many days plus one, up to {@code today}, count. */
    public static final int WINDOW_DAYS = 30;

    private static final int MISSED_ORDER = Integer.MAX_VALUE;

    private RetentionRisk() {
    }

    /**
     * {@code contacts}: the signs noted at each contact, in any order (null counts as none);
     * {@code missedContacts}: the scheduled interviews and employer visits past due and not done.
     * The reasons put those that alone make the risk high first, then the more frequent, then
     * the signs in {@link WarningSign} order before the missed contacts.
     */
    public static RiskAssessment assess(List<SignsSeen> contacts, int missedContacts, LocalDate today) {
        if (missedContacts < 0) {
            throw new IllegalArgumentException("missedContacts must not be negative: " + missedContacts);
        }
        LocalDate from = today.minusDays(WINDOW_DAYS - 1L);
        Map<WarningSign, Integer> seen = new EnumMap<>(WarningSign.class);
        for (SignsSeen contact : contacts == null ? List.<SignsSeen>of() : contacts) {
            if (contact != null && !contact.on().isBefore(from) && !contact.on().isAfter(today)) {
                contact.signs().forEach(sign -> seen.merge(sign, 1, Integer::sum));
            }
        }
        List<Reason> reasons = new ArrayList<>();
        seen.forEach((sign, times) -> reasons.add(new Reason(
                sign == WarningSign.MISSED_MEDICATION || times >= 2, times, sign.ordinal(),
                times >= 2 ? sign.labelJa() + "（" + times + "回）" : sign.labelJa())));
        if (missedContacts > 0) {
            reasons.add(new Reason(missedContacts >= 2, missedContacts, MISSED_ORDER,
                    "予定した面談・訪問が未実施（" + missedContacts + "件）"));
        }
        boolean high = seen.size() >= 2 || reasons.stream().anyMatch(Reason::alone);
        RiskLevel level = high ? RiskLevel.HIGH : reasons.isEmpty() ? RiskLevel.LOW : RiskLevel.WATCH;
        return new RiskAssessment(level, reasons.stream()
                .sorted(Comparator.comparing(Reason::alone).reversed()
                        .thenComparing(Comparator.comparingInt(Reason::times).reversed())
                        .thenComparingInt(Reason::order))
                .map(Reason::phrase).toList());
    }

    /** {@code alone}: this reason by itself makes the risk high. */
    private record Reason(boolean alone, int times, int order, String phrase) {
    }
}
