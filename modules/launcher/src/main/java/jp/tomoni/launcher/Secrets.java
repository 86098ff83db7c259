package jp.tomoni.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

/** Passwords of the local database roles: random on the first run, kept (mode 600) for the next. */
public record Secrets(String ownerPassword, String appPassword) {

    public static Secrets loadOrCreate(Path file) throws IOException {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file)) {
                p.load(r);
            }
        }
        boolean changed = false;
        for (String key : new String[] {"db.owner.password", "db.app.password"}) {
            if (p.getProperty(key, "").isBlank()) {
                byte[] b = new byte[18];
                new SecureRandom().nextBytes(b);
                p.setProperty(key, HexFormat.of().formatHex(b));
                changed = true;
            }
        }
        if (changed) {
            Files.createDirectories(file.getParent());
            try (Writer w = Files.newBufferedWriter(file)) {
                p.store(w, "Local Tomoni secrets; delete the data folder to start afresh");
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
        }
        return new Secrets(p.getProperty("db.owner.password"), p.getProperty("db.app.password"));
    }
}
