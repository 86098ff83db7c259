package jp.tomoni.domain.community;

/**
 * The kinds of community group. Staff create any kind; a former recipient may propose only a peer
 * support group or an exchange with people already working. A place to belong is a listing without
 * sessions, and only a mock interview asks for structured peer feedback ({@link PeerFeedback}).
 */
public enum GroupKind {
    /** ピアサポートグループ. */
    PEER_SUPPORT,
    /** 就労者との交流会: an exchange with people already working. */
    WORKING_EXCHANGE,
    /** 模擬面接会. */
    MOCK_INTERVIEW,
    /** 生活スキル講座: a cooking class, household accounts. */
    LIFE_SKILLS,
    /** 居場所: a free space, volunteering. */
    PLACE_TO_BELONG;

    /** Whether a former recipient (a peer) may propose a group of this kind. */
    public boolean proposableByPeer() {
        return this == PEER_SUPPORT || this == WORKING_EXCHANGE;
    }

    /** Whether the group meets in sessions; a place to belong is only listed. */
    public boolean hasSessions() {
        return this != PLACE_TO_BELONG;
    }

    /** Whether participants give each other structured feedback after a session. */
    public boolean peerFeedback() {
        return this == MOCK_INTERVIEW;
    }
}
