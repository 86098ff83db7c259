package jp.tomoni.rest.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.tomoni.domain.casework.IntakeDraft;
import jp.tomoni.domain.casework.PersonDetails;
import jp.tomoni.domain.casework.ProblemArea;
import jp.tomoni.domain.casework.Sex;
import jp.tomoni.domain.casework.VisitorKind;
import jp.tomoni.domain.shared.FieldViolation;

/** The 相談受付・申込票 as JSON; {@code consent} may be absent (then only poverty-related complaints are registered). */
public record IntakeInput(String familyName, String givenName, String familyKana, String givenKana, String sex,
                          String sexText, String birthDate, String postalCode, String address, String phoneHome,
                          String phoneMobile, String email, String receivedOn, String visitorKind, String visitorName,
                          String visitorPhone, String visitorRelation, List<String> problemAreas, String mainProblem,
                          String problemOther, String complaint, String wishes, Boolean povertyRelated, String worker,
                          UUID outreachId, ConsentInput consent, Long version) {

    IntakeDraft toDraft() {
        List<FieldViolation> v = new ArrayList<>();
        PersonDetails person = new PersonDetails(familyName, givenName, familyKana, givenKana,
                Inputs.choice(Sex.class, sex, "sex", v), sexText, Inputs.date(birthDate, "birthDate", v), postalCode,
                address, phoneHome, phoneMobile, email);
        IntakeDraft draft = new IntakeDraft(person, Inputs.date(receivedOn, "receivedOn", v),
                Inputs.choice(VisitorKind.class, visitorKind, "visitorKind", v), visitorName, visitorPhone,
                visitorRelation, Inputs.choices(ProblemArea.class, problemAreas, "problemAreas", v),
                Inputs.choice(ProblemArea.class, mainProblem, "mainProblem", v), problemOther, complaint, wishes,
                Boolean.TRUE.equals(povertyRelated), worker, outreachId);
        Inputs.throwIfUnreadable(v, draft.violations(Inputs.today()));
        return draft;
    }
}
