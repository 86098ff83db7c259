package jp.tomoni.documents;

/** One box of a table row; a width of 0 takes what is left of the row, a null size is the row's. */
record Cell(String text, float width, Kind kind, Float size) {

    enum Kind {
        /** Shaded caption, centred. */
        LABEL,
        /** Filled-in content, top left. */
        VALUE,
        /** A short mark such as ○ or ☑有 □無, centred. */
        MARK
    }

    static Cell label(String text, float width) {
        return new Cell(text, width, Kind.LABEL, null);
    }

    static Cell value(String text, float width) {
        return new Cell(text, width, Kind.VALUE, null);
    }

    static Cell mark(String text, float width) {
        return new Cell(text, width, Kind.MARK, null);
    }

    /** The same cell in another type size, keeping the row's line distance. */
    Cell sized(float newSize) {
        return new Cell(text, width, kind, newSize);
    }

    TextStyle styleIn(TextStyle row) {
        return size == null ? row : new TextStyle(size, row.leading(), row.bold());
    }
}
