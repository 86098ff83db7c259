package jp.tomoni.it;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jp.tomoni.launcher.Totp;

/**
 * One-time codes for the test users, who all share the demo secret. Keycloak accepts a code only
 * once, for the current time step or one up to {@link TestStack#OTP_LOOK_AHEAD} ahead (the test realm's
 * window), so each user gets that many sign-ins and one per 30 s before the next has to wait.
 */
final class Otp {
    private static final Set<String> USED = new HashSet<>();

    private Otp() {
    }

    static synchronized String next(String username) {
        while (true) {
            long now = Totp.step(Instant.now());
            for (long step = now; step <= now + TestStack.OTP_LOOK_AHEAD; step++) {
                if (USED.add(username + "@" + step)) {
                    return Totp.code(Totp.DEMO_SECRET, step);
                }
            }
            try {
                // both codes of this window are spent: the next one is valid when the next step begins
                Instant nextStep = Instant.ofEpochSecond((now + 1) * Totp.PERIOD_SECONDS);
                Thread.sleep(Math.max(1, java.time.Duration.between(Instant.now(), nextStep).toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The credential that gives a new test user the demo secret, as the realm file's demo users have it. */
    static String credentialJson() {
        return """
                {"type":"otp","userLabel":"test authenticator","secretData":"{\\"value\\":\\"%s\\"}",
                 "credentialData":"{\\"subType\\":\\"totp\\",\\"digits\\":6,\\"counter\\":0,\\"period\\":30,\\"algorithm\\":\\"HmacSHA1\\"}"}"""
                .formatted(Totp.DEMO_SECRET);
    }
}
