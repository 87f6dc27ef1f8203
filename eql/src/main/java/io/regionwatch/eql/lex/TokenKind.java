package io.regionwatch.eql.lex;

/** Every kind of EQL token; keywords are lower-case words, as the Elasticsearch grammar has them. */
public enum TokenKind {
    IDENTIFIER("identifier"), QUOTED_IDENTIFIER("backtick name"), STRING("string"),
    INTEGER("integer"), DECIMAL("number"),
    AND("'and'"), OR("'or'"), NOT("'not'"), IN("'in'"), LIKE("'like'"), REGEX("'regex'"),
    WHERE("'where'"), SEQUENCE("'sequence'"), SAMPLE("'sample'"), JOIN("'join'"), BY("'by'"),
    WITH("'with'"), UNTIL("'until'"), ANY("'any'"), TRUE("'true'"), FALSE("'false'"), NULL("'null'"),
    OF("'of'"),
    EQ("'=='"), NEQ("'!='"), LT("'<'"), LTE("'<='"), GT("'>'"), GTE("'>='"), ASSIGN("'='"), COLON("':'"),
    PLUS("'+'"), MINUS("'-'"), STAR("'*'"), SLASH("'/'"), PERCENT("'%'"),
    LPAREN("'('"), RPAREN("')'"), LBRACKET("'['"), RBRACKET("']'"), MISSING_OPEN("'!['"),
    COMMA("','"), DOT("'.'"), PIPE("'|'"), TILDE("'~'"), QUESTION("'?'"),
    EOF("end of query");

    private final String display;

    TokenKind(String display) {
        this.display = display;
    }

    /** How error messages name this kind when no concrete text is available. */
    public String display() {
        return display;
    }
}
