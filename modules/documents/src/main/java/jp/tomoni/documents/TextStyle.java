package jp.tomoni.documents;

/** Type size, line distance and weight; bold is drawn by outlining the glyphs, as the font has one weight. */
record TextStyle(float size, float leading, boolean bold) {

    static TextStyle of(float size) {
        return new TextStyle(size, size * 1.5f, false);
    }

    TextStyle asBold() {
        return new TextStyle(size, leading, true);
    }

    TextStyle withLeading(float newLeading) {
        return new TextStyle(size, newLeading, bold);
    }
}
