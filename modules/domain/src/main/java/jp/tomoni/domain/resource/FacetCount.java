package jp.tomoni.domain.resource;

/** How many hits of the current search have this facet value. */
public record FacetCount(String value, long count) {
}
