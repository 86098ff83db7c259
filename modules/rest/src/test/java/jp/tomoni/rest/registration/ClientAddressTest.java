package jp.tomoni.rest.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ClientAddressTest {
    private static final Set<String> PROXY = Set.of("10.0.0.2");

    @Test
    void without_trusted_proxies_the_socket_peer_counts_and_x_forwarded_for_is_ignored() {
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "198.51.100.1", Set.of()));
    }

    @Test
    void a_header_from_an_untrusted_peer_is_ignored_so_a_client_cannot_choose_its_own_bucket() {
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "198.51.100.1", PROXY));
    }

    @Test
    void behind_a_trusted_proxy_the_right_most_untrusted_hop_counts() {
        assertEquals("198.51.100.1", ClientAddress.of("10.0.0.2", "1.2.3.4, 198.51.100.1", PROXY));
        assertEquals("198.51.100.1", ClientAddress.of("10.0.0.2", "198.51.100.1, 10.0.0.2", PROXY));
    }

    @Test
    void ipv6_clients_are_counted_per_64_block() {
        assertEquals("2001:0db8:0001:0002::/64", ClientAddress.of("2001:db8:1:2:aaaa::1", null, Set.of()));
        assertEquals(ClientAddress.of("2001:db8:1:2::5", null, Set.of()), ClientAddress.of("[2001:db8:1:2:ffff::9]", null, Set.of()));
    }

    @Test
    void the_proxy_list_is_read_from_a_comma_separated_setting() {
        assertEquals(Set.of("10.0.0.2", "10.0.0.3"), ClientAddress.parseList(" 10.0.0.2 ,10.0.0.3,, "));
        assertEquals(Set.of(), ClientAddress.parseList(null));
    }
}
