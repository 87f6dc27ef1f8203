package io.regionwatch.sigma.condition;

/** One lexeme of a condition and its 0-based offset in the condition text. */
record Token(Kind kind, String text, int offset) {
    enum Kind { LPAREN, RPAREN, AND, OR, NOT, OF, ONE, ALL, THEM, NAME, END }
}
