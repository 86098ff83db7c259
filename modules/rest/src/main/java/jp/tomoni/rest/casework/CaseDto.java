package jp.tomoni.rest.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.tomoni.application.casework.CaseFile;
import jp.tomoni.domain.casework.Consent;
import jp.tomoni.domain.casework.IntakeDraft;
import jp.tomoni.domain.casework.PersonDetails;
import jp.tomoni.domain.casework.Referral;
import jp.tomoni.domain.casework.SupportCase;
import jp.tomoni.domain.shared.JapaneseDates;

/** A case as the API shows it: the case, the person (birth date also in the era calendar), consents and referrals. */
public record CaseDto(UUID id, String caseNumber, String status, String worker, LocalDate receivedOn, String receivedBy,
                      String screening, LocalDate nextDue, long version, Person person, Intake intake,
                      List<ConsentDto> consents, List<ReferralDto> referrals, boolean sharingAllowed, String access) {

    public record Person(String familyName, String givenName, String familyKana, String givenKana, String sex,
                         String sexText, LocalDate birthDate, String birthDateJapanese, Integer age, String postalCode,
                         String address, String phoneHome, String phoneMobile, String email) {
        static Person of(PersonDetails p, LocalDate today) {
            return new Person(p.familyName(), p.givenName(), p.familyKana(), p.givenKana(),
                    p.sex() == null ? null : p.sex().name(), p.sexText(), p.birthDate(),
                    p.birthDate() == null ? null : JapaneseDates.format(p.birthDate()),
                    JapaneseDates.age(p.birthDate(), today), p.postalCode(), p.address(), p.phoneHome(), p.phoneMobile(),
                    p.email());
        }
    }

    public record Intake(String visitorKind, String visitorName, String visitorPhone, String visitorRelation,
                         List<String> problemAreas, String mainProblem, String problemOther, String complaint,
                         String wishes, boolean povertyRelated) {
        static Intake of(IntakeDraft d) {
            return new Intake(d.visitorKind().name(), d.visitorName(), d.visitorPhone(), d.visitorRelation(),
                    d.problemAreas().stream().sorted().map(Enum::name).toList(), d.mainProblem().name(),
                    d.problemOther(), d.complaint(), d.wishes(), d.povertyRelated());
        }
    }

    public record ConsentDto(UUID id, List<String> agencies, List<String> purposes, LocalDate givenOn, String method,
                             String explainedBy, String recordedBy, Instant recordedAt, Instant revokedAt,
                             String revokedBy, boolean inForce) {
        static ConsentDto of(Consent c) {
            return new ConsentDto(c.id(), c.agencies().stream().sorted().toList(),
                    c.purposes().stream().sorted().map(Enum::name).toList(), c.givenOn(), c.method().name(),
                    c.explainedBy(), c.recordedBy(), c.recordedAt(), c.revokedAt(), c.revokedBy(), c.inForce());
        }
    }

    public record ReferralDto(UUID id, String destination, String destinationName, String reason, LocalDate sentOn,
                              LocalDate dueOn, String status, String outcome, boolean overdue, long version) {
        static ReferralDto of(Referral r, LocalDate today) {
            return new ReferralDto(r.id(), r.destination().name(), r.destinationName(), r.reason(), r.sentOn(),
                    r.dueOn(), r.status().name(), r.outcome(), r.isOverdue(today), r.version());
        }
    }

    static CaseDto of(CaseFile f) {
        LocalDate today = Inputs.today();
        SupportCase c = f.supportCase();
        return new CaseDto(c.id(), c.caseNumber(), c.status().name(), c.worker(), c.receivedOn(), c.receivedBy(),
                c.screening() == null ? null : c.screening().name(), c.nextDue(), c.version(),
                Person.of(f.person(), today), Intake.of(c.intake(f.person())),
                f.consents().stream().map(ConsentDto::of).toList(),
                f.referrals().stream().map(r -> ReferralDto.of(r, today)).toList(), f.sharingAllowed(),
                f.access().name());
    }
}
