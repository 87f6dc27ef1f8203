package io.regionwatch.eql.function;

import io.regionwatch.core.match.Cidr;
import io.regionwatch.core.match.ValueExpr;
import java.util.ArrayList;
import java.util.List;

/** {@code cidrMatch(ip, block...)}: whether the IPv4/IPv6 address lies in any block; blocks are constants. */
final class CidrMatch implements EqlFunction {
    @Override
    public String name() {
        return "cidrMatch";
    }

    @Override
    public List<ArgType> parameters() {
        return List.of(ArgType.STRING, ArgType.STRING);
    }

    @Override
    public boolean returnsBoolean() {
        return true;
    }

    @Override
    public int required() {
        return 2;
    }

    @Override
    public boolean variadic() {
        return true;
    }

    @Override
    public ValueExpr compile(List<Arg> args, boolean insensitive) {
        Cidr cidr = new Cidr(blocks(args));
        ValueExpr ip = args.get(0).expr();
        return fields -> {
            Object address = ip.eval(fields);
            return address == null ? null : cidr.test(address);
        };
    }

    /** The constant CIDR blocks; Elasticsearch requires literals here too. */
    static List<String> blocks(List<Arg> args) {
        List<String> blocks = new ArrayList<>();
        for (Arg arg : args.subList(1, args.size())) {
            if (!arg.constant() || !(arg.value() instanceof String block)) {
                throw new IllegalArgumentException("cidrMatch blocks must be string literals");
            }
            blocks.add(block);
        }
        return blocks;
    }
}
