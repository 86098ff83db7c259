package jp.tomoni.launcher;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar modules/launcher/target/tomoni-launcher.jar}: runs Tomoni until Ctrl-C. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("otp")) {
            // the demo staff's current one-time code, for whoever has no authenticator app at hand
            System.out.println(Totp.code(Totp.DEMO_SECRET, Totp.step(java.time.Instant.now())));
            return;
        }
        Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Settings settings = Settings.fromEnvironment(System.getenv(), jar.getParent().resolve("stack"), Path.of(""));
        Launcher launcher = new Launcher(settings, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping Tomoni …");
            launcher.close();
            stopped.countDown();
        }));
        try {
            launcher.start();
        } catch (Exception e) {
            System.err.println("Tomoni could not start: " + e.getMessage());
            System.exit(1);
        }
        System.out.println();
        System.out.println("  Tomoni:    " + settings.publicUrl());
        System.out.println("  Keycloak:  " + launcher.issuer().replace("/realms/tomoni", "") + "  (admin / admin)");
        System.out.println("  Demo logins (password 'demo'):");
        System.out.println("    worker.midorino   相談支援員 (consultant), みどり野市");
        System.out.println("    admin.midorino    テナント管理者 (tenant admin), みどり野市");
        System.out.println("    officer.midorino  自治体職員 (municipal officer), みどり野市");
        System.out.println("    worker.aoba       相談支援員 (consultant), あおば市");
        System.out.println("    npo.both          相談支援員 in both cities (commissioned NPO)");
        System.out.println("  Staff also give a one-time code: add the setup key " + Totp.base32(Totp.DEMO_SECRET));
        System.out.println("  to an authenticator app, or run: java -jar " + jar + " otp");
        System.out.println("  Data:      " + settings.dataDir() + "   (delete it to start afresh)");
        System.out.println("  Press Ctrl-C to stop.");
        stopped.await();
    }
}
