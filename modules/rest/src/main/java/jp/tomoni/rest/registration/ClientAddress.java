package jp.tomoni.rest.registration;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Whom to count a request against. The socket's peer, unless that peer is one of our own
 * reverse proxies ({@code tomoni.trusted-proxies}): then the right-most address in
 * X-Forwarded-For that is not a trusted proxy. A client can write anything into that header, so it
 * is believed only when a trusted proxy passed it on. IPv6 clients are counted per /64, the block
 * one household or phone usually gets.
 */
public final class ClientAddress {
    private ClientAddress() {
    }

    public static String of(String peer, String forwardedFor, Set<String> trustedProxies) {
        String client = peer;
        if (forwardedFor != null && trustedProxies.contains(normal(peer))) {
            List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
            for (int i = hops.size() - 1; i >= 0; i--) {
                client = hops.get(i);
                if (!trustedProxies.contains(normal(client))) {
                    break;
                }
            }
        }
        return bucket(client);
    }

    /** The counting key: the IPv4 address itself, or an IPv6 address's /64 prefix. */
    static String bucket(String address) {
        String n = normal(address);
        if (n.contains(":")) {
            try {
                byte[] b = InetAddress.getByName(n).getAddress();
                if (b.length == 16) {
                    return String.format("%02x%02x:%02x%02x:%02x%02x:%02x%02x::/64",
                            b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]);
                }
                return InetAddress.getByAddress(b).getHostAddress();
            } catch (UnknownHostException e) {
                return n;
            }
        }
        return n;
    }

    private static String normal(String address) {
        if (address == null) {
            return "";
        }
        String a = address.strip();
        if (a.startsWith("[") && a.contains("]")) {
            a = a.substring(1, a.indexOf(']'));
        }
        return a;
    }

    /** "10.0.0.5, 10.0.0.6" → the set of both; blanks ignored. */
    public static Set<String> parseList(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        return Set.copyOf(Arrays.stream(list.split(",")).map(ClientAddress::normal).filter(s -> !s.isEmpty()).toList());
    }
}
