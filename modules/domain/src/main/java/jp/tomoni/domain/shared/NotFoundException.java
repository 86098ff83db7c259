package jp.tomoni.domain.shared;

/** The thing asked for does not exist in the caller's tenant (or the caller may not know it does). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
