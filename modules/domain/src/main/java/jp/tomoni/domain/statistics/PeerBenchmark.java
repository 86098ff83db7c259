package jp.tomoni.domain.statistics;

/**
 * A tenant sees its figures against its peers only when at least {@value #MIN_TENANTS} tenants
 * contribute, so no single municipality can be recognised in an average.
 */
public final class PeerBenchmark {
    public static final int MIN_TENANTS = 5;

    private PeerBenchmark() {
    }

    public static boolean shown(int contributingTenants) {
        return contributingTenants >= MIN_TENANTS;
    }
}
