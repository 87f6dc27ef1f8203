package io.regionwatch.kql.ast;

/** The four range operators, named as Elasticsearch's range query names its bounds. */
public enum RangeOp {
    LT("<"), LTE("<="), GT(">"), GTE(">=");

    private final String symbol;

    RangeOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
