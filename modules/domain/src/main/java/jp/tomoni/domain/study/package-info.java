/**
 * Children's study support (seed 000 D-6): families whose guardians book for their children (who
 * have no accounts), study groups of partner NPOs by grade, a weekly series whose single dates can
 * move or be cancelled, bookings with a first-come-first-served waitlist and a cancellation cut-off,
 * safeguarding of volunteer tutors, materials and one-to-one consultations.
 */
package jp.tomoni.domain.study;
