package jp.tomoni.domain.community;

/** PENDING review; UPHELD (the content was removed or the member warned); DISMISSED (nothing wrong). */
public enum ReportStatus {
    PENDING, UPHELD, DISMISSED
}
