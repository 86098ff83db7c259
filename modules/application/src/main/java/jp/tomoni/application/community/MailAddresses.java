package jp.tomoni.application.community;

import java.util.Optional;

/**
 * Where a person's notifications go: their address as the identity provider holds it at send time
 * (Tomoni keeps no copy). Empty when the account is unknown, has no confirmed address, or holds no
 * community role in the tenant any more.
 */
public interface MailAddresses {
    Optional<String> of(String tenantId, String account);
}
