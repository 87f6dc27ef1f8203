package io.regionwatch.kql.lex;

/** The kinds of KQL token. */
public enum TokenType {
    LPAREN("'('"), RPAREN("')'"), LBRACE("'{'"), RBRACE("'}'"), COLON("':'"),
    LT("'<'"), LE("'<='"), GT("'>'"), GE("'>='"),
    AND("'and'"), OR("'or'"), NOT("'not'"),
    QUOTED("quoted string"), UNQUOTED("value"), EOF("end of input");

    private final String description;

    TokenType(String description) {
        this.description = description;
    }

    /** How an error message names a token of this kind. */
    public String description() {
        return description;
    }
}
