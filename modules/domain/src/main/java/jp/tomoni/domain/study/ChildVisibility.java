package jp.tomoni.domain.study;

/**
 * Who may see a child, and how much. A child's guardians see everything they entered. The people of
 * a session the child is booked in (the NPO's staff and the assigned tutors) see the name and grade
 * only — never the school, the family or anything of a case. Nobody else sees the child at all.
 */
public enum ChildVisibility {
    NONE, NAME_AND_GRADE, FULL;

    public static ChildVisibility of(boolean guardianOfTheFamily, boolean runsASessionTheChildIsBookedIn) {
        if (guardianOfTheFamily) {
            return FULL;
        }
        return runsASessionTheChildIsBookedIn ? NAME_AND_GRADE : NONE;
    }
}
