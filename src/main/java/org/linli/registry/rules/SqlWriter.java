package org.linli.registry.rules;

import static org.linli.registry.rules.RuleLanguage.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelExpr.CelComprehension;

import org.linli.shared.Refusal;

/**
 * Writes a checked rule as one SQL condition on {@code r}, a living resident: CEL's checked syntax
 * tree walked node by node, every literal bound ({@link SqlParams}). Whatever it cannot write the
 * same as CEL evaluates it is refused here, with its position, so SQL and memory never disagree.
 */
final class SqlWriter {

    /** A tag held on the day being matched (the day itself is bound as {@code :day}). */
    static final String HELD = "t.since <= :day AND (t.until IS NULL OR t.until > :day)";

    private final CelAbstractSyntaxTree ast;
    private final Positions positions;
    private final Catalogue catalogue;
    private final Function<String, Optional<String>> divisions;
    private final Calls calls;
    final SqlParams params = new SqlParams();
    final Reads.Builder reads = new Reads.Builder();
    private int aliases;

    /**
     * @param divisions a statistical code → its path, empty when unknown or outside the author's scope
     */
    SqlWriter(CelAbstractSyntaxTree ast, Catalogue catalogue, Function<String, Optional<String>> divisions) {
        this.ast = ast;
        this.positions = new Positions(ast);
        this.catalogue = catalogue;
        this.divisions = divisions;
        this.calls = new Calls(this);
    }

    String write() {
        return sql(ast.getExpr(), Map.of());
    }

    String sql(CelExpr e, Map<String, String> vars) {
        return switch (e.exprKind().getKind()) {
            case CONSTANT -> constant(e);
            case IDENT -> ident(e, vars);
            case SELECT -> select(e, vars);
            case CALL -> calls.call(e, vars);
            case COMPREHENSION -> comprehension(e, vars);
            case LIST -> throw refuse(e, "registry.rule.unsupported", "[…]");
            default -> throw refuse(e, "registry.rule.unsupported", e.exprKind().getKind().name().toLowerCase());
        };
    }

    Refusal refuse(CelExpr at, String key, Object detail) {
        return positions.refuse(at, key, detail);
    }

    List<String> overloads(CelExpr e) {
        return ast.getReference(e.id()).map(r -> (List<String>) r.overloadIds()).orElse(List.of());
    }

    Optional<dev.cel.common.types.CelType> type(CelExpr e) {
        return ast.getType(e.id());
    }

    private String constant(CelExpr e) {
        CelConstant c = e.constant();
        return switch (c.getKind()) {
            case INT64_VALUE -> params.bind(c.int64Value());
            case STRING_VALUE -> params.bind(c.stringValue());
            case BOOLEAN_VALUE -> params.bind(c.booleanValue());
            default -> throw refuse(e, "registry.rule.unsupported", c.getKind() == CelConstant.Kind.DOUBLE_VALUE ? "小数" : "此常量");
        };
    }

    private String ident(CelExpr e, Map<String, String> vars) {
        String name = e.ident().name();
        if (vars.containsKey(name)) {
            throw refuse(e, "registry.rule.member-whole", name);
        }
        switch (name) {
            case AGE -> reads.age = true;
            case SEX -> reads.sex = true;
            case REGISTRATION -> reads.registration = true;
            case RELATION -> reads.relation = true;
            case HOUSEHOLD_SIZE -> reads.householdSize = true;
            default -> throw refuse(e, "registry.rule.list-use", name);
        }
        return field("r", name, ":day");
    }

    /** A scalar field of a person ({@code r}, or a member's alias). */
    static String field(String who, String name, String day) {
        return switch (name) {
            case AGE -> "registry_age(" + who + ".birth_date, " + day + ")";
            case SEX -> "(CASE " + who + ".sex WHEN 'MALE' THEN '男' ELSE '女' END)";
            case REGISTRATION -> who + ".registration";
            case RELATION -> who + ".relation";
            case HOUSEHOLD_SIZE -> "(SELECT count(*) FROM resident h WHERE h.household_id = r.household_id AND h.status = 'LIVING')";
            default -> throw new IllegalArgumentException(name);
        };
    }

    private String select(CelExpr e, Map<String, String> vars) {
        String who = member(e).map(vars::get).orElseThrow(() -> refuse(e, "registry.rule.unsupported", "." + e.select().field()));
        String name = e.select().field();
        if (TAGS.equals(name)) {
            throw refuse(e, "registry.rule.list-use", e.select().operand().ident().name() + "." + TAGS);
        }
        if (AGE.equals(name)) {
            reads.memberAge = true;
        }
        return field(who, name, ":day");
    }

    /** The member variable a field is read from ({@code m} of {@code m.age}), when it is one. */
    static Optional<String> member(CelExpr select) {
        if (select.exprKind().getKind() != CelExpr.ExprKind.Kind.SELECT || select.select().testOnly()
                || select.select().operand().exprKind().getKind() != CelExpr.ExprKind.Kind.IDENT) {
            return Optional.empty();
        }
        return Optional.of(select.select().operand().ident().name());
    }

    /** A tag held on the day by a person: a derived age tag from the birth date, others from their rows. */
    String held(String who, CelExpr code, boolean ofMember) {
        TagInfo tag = tag(code);
        (ofMember ? reads.memberTags : reads.tags).add(tag.code());
        if (tag.derived()) {
            return who + ".birth_date <= " + params.bindOnDay(day -> Ages.bornBy(day, tag.years()));
        }
        return "EXISTS (SELECT 1 FROM resident_tag t WHERE t.resident_id = " + who + ".id AND t.tag_code = "
                + params.bind(tag.code()) + " AND " + HELD + ")";
    }

    /** A tag named by a literal, known to the catalogue and visible to the author. */
    TagInfo tag(CelExpr code) {
        if (code.exprKind().getKind() != CelExpr.ExprKind.Kind.CONSTANT
                || code.constant().getKind() != CelConstant.Kind.STRING_VALUE) {
            throw refuse(code, "registry.rule.tag-literal", "");
        }
        String name = code.constant().stringValue();
        TagInfo tag = catalogue.tags().get(name);
        if (tag == null) {
            throw refuse(code, "registry.rule.unknown-tag", name);
        }
        if (tag.sensitive() && !catalogue.maySeeSensitive()) {
            throw refuse(code, "registry.rule.tag-hidden", name);
        }
        return tag;
    }

    Optional<String> division(String code) {
        return divisions.apply(code);
    }

    private String comprehension(CelExpr e, Map<String, String> vars) {
        CelComprehension c = e.comprehension();
        CelExpr range = c.iterRange();
        if (range.exprKind().getKind() != CelExpr.ExprKind.Kind.IDENT || !MEMBERS.equals(range.ident().name())
                || vars.containsKey(MEMBERS)) {
            throw refuse(e, "registry.rule.comprehension", "");
        }
        CelExpr init = c.accuInit();
        CelConstant.Kind kind = init.exprKind().getKind() == CelExpr.ExprKind.Kind.CONSTANT ? init.constant().getKind() : null;
        Map<String, String> inner = new HashMap<>(vars);
        String alias = "m" + (++aliases);
        inner.put(c.iterVar(), alias);
        String from = "FROM resident " + alias + " WHERE " + alias + ".household_id = r.household_id AND " + alias
                + ".id <> r.id AND " + alias + ".status = 'LIVING'";
        if (kind == CelConstant.Kind.BOOLEAN_VALUE && !init.constant().booleanValue()) {
            return "EXISTS (SELECT 1 " + from + " AND " + sql(c.loopStep().call().args().get(1), inner) + ")";
        }
        if (kind == CelConstant.Kind.BOOLEAN_VALUE) {
            return "NOT EXISTS (SELECT 1 " + from + " AND NOT (" + sql(c.loopStep().call().args().get(1), inner) + "))";
        }
        if (kind == CelConstant.Kind.INT64_VALUE) {
            return "((SELECT count(*) " + from + " AND " + sql(c.loopStep().call().args().get(0), inner) + ") = 1)";
        }
        throw refuse(e, "registry.rule.comprehension", "");
    }
}
