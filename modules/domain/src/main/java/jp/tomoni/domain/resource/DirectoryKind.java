package jp.tomoni.domain.resource;

/** What one search box finds; labels live in the UI bundles. */
public enum DirectoryKind {
    /** 社会資源. */
    RESOURCE,
    /** ピアサポート・交流・居場所 (community groups of those kinds). */
    PEER_GROUP,
    /** 講座・模擬面接 (community groups that are programmes). */
    PROGRAMME,
    /** 子どもの学習会. */
    STUDY_GROUP,
    /** 教材・問題集. */
    MATERIAL,
    /** 求人 (issue 9). */
    JOB
}
