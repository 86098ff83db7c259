package jp.tomoni.domain.employment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The employers of the current tenant and the agency's contacts with the world of work. */
public interface EmployerRepository {
    void add(Employer employer);

    void add(EmployerContact contact);

    Optional<Employer> employer(UUID id);

    /** Whether another employer of the tenant (not {@code except}; null: any) has this name. */
    boolean nameTaken(String name, UUID except);

    /** The employer of the tenant with exactly this name. */
    Optional<Employer> employerNamed(String name);

    /**
     * Writes what is pending, so versions are current; a name taken meanwhile by another writer is a
     * violation of {@code name}, not a failure.
     */
    void flush();

    /** Every employer with its last visit and last contact of any kind, in one query, by name. */
    List<EmployerRow> employers();

    /** Every contact on or after {@code since}, with the industry of its employer (null: none named). */
    List<DatedContact> contactsSince(LocalDate since);

    /** The latest contacts, the latest first. */
    List<ContactRow> latestContacts(int limit);

    /** An employer as the list shows it. */
    record EmployerRow(UUID id, String name, Industry industry, String contactPerson, String phone, String address,
                       String agreement, String note, long version, LocalDate lastVisit, LocalDate lastContact) {
        public Employer.Draft draft() {
            return new Employer.Draft(name, industry, contactPerson, phone, address, agreement, note);
        }
    }

    /** A contact as the rules count it. */
    record DatedContact(EmployerContactKind kind, LocalDate on, Industry industry) {
    }

    /** A contact as the list shows it; {@code employerName} null when it named no employer. */
    record ContactRow(UUID id, UUID employerId, String employerName, EmployerContactKind kind, LocalDate contactedOn,
                      String summary, String createdBy) {
    }
}
