package jp.tomoni.domain.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The person supported (相談者). Entered once at intake and carried into every later sheet. */
@Entity
@Table(name = "client")
public class Client {
    @Id
    private UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "family_name", nullable = false)
    private String familyName;
    @Column(name = "given_name")
    private String givenName;
    @Column(name = "family_kana")
    private String familyKana;
    @Column(name = "given_kana")
    private String givenKana;
    @Enumerated(EnumType.STRING)
    private Sex sex;
    @Column(name = "sex_text")
    private String sexText;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    @Column(name = "postal_code")
    private String postalCode;
    private String address;
    @Column(name = "phone_home")
    private String phoneHome;
    @Column(name = "phone_mobile")
    private String phoneMobile;
    private String email;
    @Version
    private long version;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Client() {
    }

    static Client of(String tenantId, PersonDetails p, Instant now) {
        Client c = new Client();
        c.id = UUID.randomUUID();
        c.tenantId = tenantId;
        c.createdAt = now.atOffset(ZoneOffset.UTC);
        c.change(p, now);
        return c;
    }

    public void change(PersonDetails p, Instant now) {
        familyName = p.familyName();
        givenName = p.givenName();
        familyKana = p.familyKana();
        givenKana = p.givenKana();
        sex = p.sex();
        sexText = p.sexText();
        birthDate = p.birthDate();
        postalCode = p.postalCode();
        address = p.address();
        phoneHome = p.phoneHome();
        phoneMobile = p.phoneMobile();
        email = p.email();
        updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    public PersonDetails details() {
        return new PersonDetails(familyName, givenName, familyKana, givenKana, sex, sexText, birthDate, postalCode,
                address, phoneHome, phoneMobile, email);
    }

    public UUID id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public long version() {
        return version;
    }
}
