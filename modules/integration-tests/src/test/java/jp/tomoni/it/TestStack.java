package jp.tomoni.it;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import jp.tomoni.launcher.Launcher;
import jp.tomoni.launcher.Settings;

/**
 * The real stack (PostgreSQL, Keycloak, OpenSearch, Payara Micro with the built WAR), started once
 * per test run by the same launcher as the run command, on test ports and a fresh data folder.
 */
public final class TestStack {
    /**
     * Added to every test port ({@code -Dtomoni.it.port-offset=100}), so that a second working copy
     * can run its integration tests beside this one.
     */
    static final int OFFSET = Integer.getInteger("tomoni.it.port-offset", 0);
    public static final int HTTP = 28080 + OFFSET;
    /** The test stack's registration limit per client address and hour. */
    public static final int REGISTRATIONS_PER_HOUR = 30;
    /** How often the test stack's app looks for sessions to remind members of. */
    public static final int REMINDER_MINUTES = 1;
    /** …and in fact every few seconds, so the reminder tests do not wait for a minute's round. */
    public static final int REMINDER_SECONDS = 5;
    /**
     * Time steps Keycloak accepts a one-time code either side of now in the test realm (the shipped realm: 1), so
     * a user signing in again and again does not wait half a minute for the next code.
     */
    public static final int OTP_LOOK_AHEAD = 6;
    /** The job board rounds in the test stack, in seconds. */
    public static final int JOB_ROUND_SECONDS = 5;
    private static Launcher launcher;
    private static Settings settings;

    private TestStack() {
    }

    public static synchronized Launcher get() {
        if (launcher == null) {
            try {
                Path root = Path.of(System.getProperty("tomoni.root", "../..")).toAbsolutePath().normalize();
                Path out = Path.of(System.getProperty("tomoni.test.output", "target"));
                Path data = out.resolve("it-data");
                Launcher.deleteTree(data);
                Map<String, String> env = new HashMap<>();
                env.put("TOMONI_DATA_DIR", data.toString());
                env.put("TOMONI_HTTP_PORT", Integer.toString(HTTP));
                env.put("TOMONI_DB_PORT", Integer.toString(25432 + OFFSET));
                env.put("TOMONI_KEYCLOAK_PORT", Integer.toString(28180 + OFFSET));
                env.put("TOMONI_SEARCH_PORT", Integer.toString(29201 + OFFSET));
                env.put("TOMONI_MAIL_PORT", Integer.toString(22525 + OFFSET));
                env.put("TOMONI_APP_MAX_HEAP", "768m");
                // above what one run of the tests registers from 127.0.0.1; RegistrationIT exhausts it from another address
                env.put("TOMONI_REGISTRATION_LIMIT_PER_HOUR", Integer.toString(REGISTRATIONS_PER_HOUR));
                env.put("TOMONI_TENANTS_DIR", testTenants(root, out).toString());
                // session reminders every minute (not 15), so CommunityMailIT sees one within its wait
                env.put("TOMONI_COMMUNITY_REMINDER_MINUTES", Integer.toString(REMINDER_MINUTES));
                env.put("TOMONI_COMMUNITY_REMINDER_SECONDS", Integer.toString(REMINDER_SECONDS));
                // job alerts and the closing of postings past their date every few seconds (not hourly), for JobsMailIT
                env.put("TOMONI_JOBS_ALERT_SECONDS", Integer.toString(JOB_ROUND_SECONDS));
                env.put("TOMONI_JOBS_EXPIRY_SECONDS", Integer.toString(JOB_ROUND_SECONDS));
                Path stack = Path.of(System.getProperty("tomoni.stack.dir", root.resolve("modules/launcher/target").toString()))
                        .resolve("stack");
                settings = Settings.fromEnvironment(env, stack, root);
                Files.createDirectories(out);
                PrintStream log = new PrintStream(Files.newOutputStream(out.resolve("it-stack.log")), true);
                Launcher l = new Launcher(settings, new TeeStream(System.out, log));
                l.start();
                launcher = l;
                // the test users sign in many times a minute: Keycloak takes codes up to this many steps ahead (Otp)
                Http.Reply otp = Keycloak.admin("PUT", "", """
                        {"otpPolicyType":"totp","otpPolicyAlgorithm":"HmacSHA1","otpPolicyDigits":6,"otpPolicyPeriod":30,
                         "otpPolicyCodeReusable":false,"otpPolicyLookAheadWindow":%d}""".formatted(OTP_LOOK_AHEAD));
                int window = Keycloak.admin("").json().getInt("otpPolicyLookAheadWindow");
                if (otp.status() != 204 || window != OTP_LOOK_AHEAD) {
                    throw new IllegalStateException("the realm's OTP window was not widened: " + otp.status() + " " + otp.body());
                }
            } catch (Exception e) {
                throw new IllegalStateException("the test stack did not start: " + e.getMessage(), e);
            }
        }
        return launcher;
    }

    /** The shipped demo tenants plus {@value #EXTRA_TENANT}, which only provisioning puts into Keycloak. */
    public static final String EXTRA_TENANT = "kaede";
    /** Invited by {@value #EXTRA_TENANT}'s tenant file as its first admin. */
    public static final String EXTRA_TENANT_ADMIN = "chou@town.kaede.example";

    private static Path testTenants(Path root, Path out) throws IOException {
        Path dir = out.resolve("it-tenants");
        Launcher.deleteTree(dir);
        for (String slug : new String[] {"midorino", "aoba"}) {
            Path from = root.resolve("tenants").resolve(slug);
            try (var files = Files.walk(from)) {
                for (Path f : files.toList()) {
                    Path to = dir.resolve(slug).resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(f, to);
                    }
                }
            }
        }
        Files.createDirectories(dir.resolve(EXTRA_TENANT));
        Files.writeString(dir.resolve(EXTRA_TENANT).resolve("tenant.yaml"), """
                slug: kaede
                name:
                  ja: かえで町
                  en: Kaede Town
                code: "139025"
                prefecture: 東京都
                population: 9_800
                colour: "#b71c1c"
                features: [casework, resources]
                signIn:
                  firstAdmin:
                    email: %s
                    familyName: 楓
                    givenName: 町子
                """.formatted(EXTRA_TENANT_ADMIN));
        return dir;
    }

    public static String url() {
        return get().appUrl();
    }

    public static Properties secrets() {
        get();
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(settings.dataDir().resolve("secrets.properties"))) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

    public static Path dataDir() {
        get();
        return settings.dataDir();
    }

    static synchronized void stop() {
        if (launcher != null) {
            launcher.close();
            launcher = null;
        }
    }


    /** Progress lines go to the console and to target/it-stack.log. */
    private static final class TeeStream extends PrintStream {
        private final PrintStream second;

        TeeStream(PrintStream first, PrintStream second) {
            super(first, true);
            this.second = second;
        }

        @Override
        public void write(byte[] buf, int off, int len) {
            super.write(buf, off, len);
            second.write(buf, off, len);
        }
    }
}
