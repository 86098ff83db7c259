package jp.tomoni.launcher;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** The one port check of the launcher, with a message a newcomer can act on. */
public final class Ports {
    private Ports() {
    }

    public static void requireFree(int port, String part, String envVar) {
        if (!canBindLoopback(port) || somethingAnswersOnLocalhost(port)) {
            throw new IllegalStateException("port " + port + " is already in use — is another " + part
                    + " running? Stop it or set " + envVar + " to a free port.");
        }
    }

    private static boolean canBindLoopback(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            // connections in TIME_WAIT from a previous run do not block the port; a listener does
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (BindException e) {
            return false;
        } catch (IOException e) {
            throw new IllegalStateException("cannot check port " + port + ": " + e.getMessage(), e);
        }
    }

    // A server bound to [::1] only does not block 127.0.0.1, but where localhost resolves to ::1
    // first, browsers would reach it instead of ours.
    private static boolean somethingAnswersOnLocalhost(int port) {
        try {
            for (InetAddress address : InetAddress.getAllByName("localhost")) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(address, port), 500);
                    return true;
                } catch (IOException refused) {
                    // nothing listens there
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }
}
