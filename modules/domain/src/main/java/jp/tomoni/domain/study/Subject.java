package jp.tomoni.domain.study;

/** School subjects materials are filed under. */
public enum Subject {
    JAPANESE, MATH, ENGLISH, SCIENCE, SOCIAL, OTHER
}
