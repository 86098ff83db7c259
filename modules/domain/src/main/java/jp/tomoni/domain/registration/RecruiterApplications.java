package jp.tomoni.domain.registration;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored recruiter applications of the current tenant (the tenant is the transaction's, never a parameter). */
public interface RecruiterApplications {
    void add(RecruiterApplication application);

    Optional<RecruiterApplication> find(UUID id);

    /** Pending applications, oldest first: the one waiting longest is decided first. */
    List<RecruiterApplication> pending();

    /** Writes pending changes now, so a concurrent change is detected inside the caller's transaction. */
    void flush();
}
