package jp.tomoni.domain.casework.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import jp.tomoni.domain.shared.PersonRules;

/** Who attended; {@code municipal} marks a 自治体職員. */
@Embeddable
public class Attendee {
    @Column(nullable = false)
    private String name;
    private String organization;
    @Column(nullable = false)
    private boolean municipal;

    protected Attendee() {
    }

    public Attendee(String name, String organization, boolean municipal) {
        this.name = PersonRules.optional(name);
        this.organization = PersonRules.optional(organization);
        this.municipal = municipal;
    }

    public String name() {
        return name;
    }

    public String organization() {
        return organization;
    }

    public boolean municipal() {
        return municipal;
    }
}
