package org.linli.registry.rules;

import static org.linli.registry.rules.RuleLanguage.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;

import org.linli.registry.Registration;
import org.linli.registry.Relation;

/**
 * Comparisons and {@code in} a list of literals. An age compared with a whole number of years (one
 * or more) becomes a range of birth dates, which the birth-date index serves; strings compare only
 * for (in)equality, and a field with fixed values is refused a value it never has.
 */
final class Comparisons {

    static final Map<String, String> OPERATORS = Map.of("_==_", "=", "_!=_", "<>", "_<_", "<", "_<=_", "<=",
            "_>_", ">", "_>=_", ">=");
    private static final Map<String, String> FLIPPED = Map.of("_<_", "_>_", "_<=_", "_>=_", "_>_", "_<_",
            "_>=_", "_<=_", "_==_", "_==_", "_!=_", "_!=_");
    private static final Map<String, Set<String>> VALUES = Map.of(
            SEX, Set.of("男", "女"),
            REGISTRATION, Arrays.stream(Registration.values()).map(Enum::name).collect(Collectors.toSet()),
            RELATION, Arrays.stream(Relation.values()).map(Enum::name).collect(Collectors.toSet()));

    private final SqlWriter writer;

    Comparisons(SqlWriter writer) {
        this.writer = writer;
    }

    String compare(CelExpr e, Map<String, String> vars) {
        String function = e.call().function();
        CelExpr left = e.call().args().get(0);
        CelExpr right = e.call().args().get(1);
        CelType type = writer.type(left).orElse(SimpleType.DYN);
        if (type.equals(SimpleType.INT)) {
            Optional<String> range = isInteger(right) ? ageRange(left, function, right.constant().int64Value(), vars)
                    : isInteger(left) ? ageRange(right, FLIPPED.get(function), left.constant().int64Value(), vars)
                    : Optional.empty();
            if (range.isPresent()) {
                return range.get();
            }
        } else if (type.equals(SimpleType.STRING)) {
            if (!"_==_".equals(function) && !"_!=_".equals(function)) {
                throw writer.refuse(e, "registry.rule.string-order", "");
            }
            checkValue(left, right);
            checkValue(right, left);
        } else if (!type.equals(SimpleType.BOOL) || !"_==_".equals(function) && !"_!=_".equals(function)) {
            throw writer.refuse(e, "registry.rule.unsupported", function.replace("_", ""));
        }
        return "(" + writer.sql(left, vars) + " " + OPERATORS.get(function) + " " + writer.sql(right, vars) + ")";
    }

    /** {@code value in [a, b, …]} of literals of the value's type. */
    String among(CelExpr value, List<CelExpr> elements, Map<String, String> vars) {
        List<String> bound = new ArrayList<>();
        for (CelExpr element : elements) {
            if (element.exprKind().getKind() != CelExpr.ExprKind.Kind.CONSTANT) {
                throw writer.refuse(element, "registry.rule.list-literal", "");
            }
            checkValue(value, element);
            bound.add(writer.sql(element, vars));
        }
        String sql = writer.sql(value, vars);
        return bound.isEmpty() ? "(1 = 0)" : "(" + sql + " IN (" + String.join(", ", bound) + "))";
    }

    private static boolean isInteger(CelExpr e) {
        return e.exprKind().getKind() == CelExpr.ExprKind.Kind.CONSTANT && e.constant().getKind() == CelConstant.Kind.INT64_VALUE;
    }

    /** A field with fixed values compared with a literal it never takes is a mistake, refused at the literal. */
    private void checkValue(CelExpr field, CelExpr literal) {
        if (literal.exprKind().getKind() != CelExpr.ExprKind.Kind.CONSTANT
                || literal.constant().getKind() != CelConstant.Kind.STRING_VALUE) {
            return;
        }
        String name = switch (field.exprKind().getKind()) {
            case IDENT -> field.ident().name();
            case SELECT -> field.select().field();
            default -> null;
        };
        Set<String> values = name == null ? null : VALUES.get(name);
        if (values != null && !values.contains(literal.constant().stringValue())) {
            throw writer.refuse(literal, "registry.rule.value", name + " 只能是 " + Calls.joined(values));
        }
    }

    /**
     * {@code age >= 80} as {@code birth_date <= day − 80 years}, when the years are at least one
     * (below that a birth after the day would count differently); empty when it does not apply.
     */
    private Optional<String> ageRange(CelExpr age, String function, long years, Map<String, String> vars) {
        Optional<AgeOf> of = ageOf(age, vars);
        if (of.isEmpty() || years < 0 || years > 150) {
            return Optional.empty();
        }
        long from = switch (function) {
            case "_>_", "_<=_" -> years + 1;
            default -> years;
        };
        if (from < 1) {
            return Optional.empty();
        }
        AgeOf a = of.get();
        String atLeast = a.who() + ".birth_date <= " + bornBy(a, from);
        return Optional.of(switch (function) {
            case "_>=_", "_>_" -> atLeast;
            case "_<_", "_<=_" -> "NOT (" + atLeast + ")";
            case "_==_" -> "(" + atLeast + " AND NOT (" + a.who() + ".birth_date <= " + bornBy(a, from + 1) + "))";
            default -> "NOT (" + atLeast + " AND NOT (" + a.who() + ".birth_date <= " + bornBy(a, from + 1) + "))";
        });
    }

    /** Whose age, on which day: {@code age}, {@code m.age} or {@code age_on("…")}. */
    private Optional<AgeOf> ageOf(CelExpr e, Map<String, String> vars) {
        if (e.exprKind().getKind() == CelExpr.ExprKind.Kind.IDENT && AGE.equals(e.ident().name()) && !vars.containsKey(AGE)) {
            writer.reads.age = true;
            return Optional.of(new AgeOf("r", day -> day));
        }
        Optional<String> member = SqlWriter.member(e).filter(vars::containsKey);
        if (member.isPresent() && AGE.equals(e.select().field())) {
            writer.reads.memberAge = true;
            return Optional.of(new AgeOf(vars.get(member.get()), day -> day));
        }
        if (e.exprKind().getKind() == CelExpr.ExprKind.Kind.CALL && AGE_ON.equals(e.call().function())) {
            LocalDate on = new Calls(writer).date(e.call().args().get(0));
            return Optional.of(new AgeOf("r", day -> on));
        }
        return Optional.empty();
    }

    private record AgeOf(String who, Function<LocalDate, LocalDate> day) {
    }

    private String bornBy(AgeOf a, long years) {
        return writer.params.bindOnDay(day -> Ages.bornBy(a.day().apply(day), years));
    }
}
