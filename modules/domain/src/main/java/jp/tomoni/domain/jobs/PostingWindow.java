package jp.tomoni.domain.jobs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.tomoni.domain.shared.FieldViolation;

/**
 * The closing date of a posting (応募締切日): on submission it is today or later and at most
 * {@value #MAX_DAYS} days ahead (a posting is renewed rather than left open for ever, so what people
 * see is current). A posting is public up to and including its closing date; the day after, it
 * unpublishes itself.
 */
public final class PostingWindow {
    /** The furthest a closing date may be from the day it is set. */
    public static final int MAX_DAYS = 92;

    private PostingWindow() {
    }

    public static List<FieldViolation> violations(LocalDate closesOn, LocalDate today) {
        List<FieldViolation> v = new ArrayList<>();
        if (closesOn == null) {
            v.add(FieldViolation.of("closesOn", "required"));
        } else if (closesOn.isBefore(today)) {
            v.add(FieldViolation.of("closesOn", "notInPast"));
        } else if (closesOn.isAfter(today.plusDays(MAX_DAYS))) {
            v.add(FieldViolation.of("closesOn", "jobs.tooFar", MAX_DAYS));
        }
        return v;
    }

    /** Whether a posting closing on {@code closesOn} is still open on {@code today}. */
    public static boolean open(LocalDate closesOn, LocalDate today) {
        return closesOn != null && !closesOn.isBefore(today);
    }
}
