package jp.tomoni.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Port checks with a message a newcomer can act on. */
public final class Ports {
    private Ports() {
    }

    public static void requireFree(int port, String part, String envVar) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " is already in use — is another " + part
                    + " running? Stop it or set " + envVar + " to a free port.");
        }
    }
}
