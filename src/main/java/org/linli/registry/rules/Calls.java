package org.linli.registry.rules;

import static org.linli.registry.rules.RuleLanguage.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.SimpleType;

import org.linli.shared.DataScope;

/** The calls a rule may make, written as SQL: logic, comparisons, integer arithmetic, {@code in}, size and the registry's functions. */
final class Calls {

    private static final Map<String, String> LOGIC = Map.of("_&&_", " AND ", "_||_", " OR ");
    private static final Map<String, String> ARITHMETIC = Map.of("_+_", " + ", "_-_", " - ", "_*_", " * ",
            "_/_", " / ", "_%_", " % ");

    private final SqlWriter writer;
    private final Comparisons comparisons;

    Calls(SqlWriter writer) {
        this.writer = writer;
        this.comparisons = new Comparisons(writer);
    }

    String call(CelExpr e, Map<String, String> vars) {
        String function = e.call().function();
        List<CelExpr> args = e.call().args();
        if (e.call().target().isPresent() && !"size".equals(function)) {
            throw writer.refuse(e, "registry.rule.unsupported", "." + function + "()");
        }
        if (LOGIC.containsKey(function)) {
            return "(" + writer.sql(args.get(0), vars) + LOGIC.get(function) + writer.sql(args.get(1), vars) + ")";
        }
        if (ARITHMETIC.containsKey(function)) {
            return arithmetic(e, vars);
        }
        if (Comparisons.OPERATORS.containsKey(function)) {
            return comparisons.compare(e, vars);
        }
        return switch (function) {
            case "!_" -> "(NOT " + writer.sql(args.get(0), vars) + ")";
            case "-_" -> "(-" + integer(e, args.get(0), vars) + ")";
            case "_?_:_" -> "(CASE WHEN " + writer.sql(args.get(0), vars) + " THEN " + writer.sql(args.get(1), vars)
                    + " ELSE " + writer.sql(args.get(2), vars) + " END)";
            case "@in" -> in(e, vars);
            case "size" -> size(e, vars);
            case GRADE -> grade(args.get(0));
            case AGE_ON -> "registry_age(r.birth_date, " + writer.params.bind(date(args.get(0))) + ")";
            case WITHIN -> within(args.get(0));
            default -> throw writer.refuse(e, "registry.rule.unsupported", function.replace("_", ""));
        };
    }

    private String arithmetic(CelExpr e, Map<String, String> vars) {
        List<CelExpr> args = e.call().args();
        String function = e.call().function();
        if (("_/_".equals(function) || "_%_".equals(function)) && !nonZeroInteger(args.get(1))) {
            throw writer.refuse(args.get(1), "registry.rule.divide", "");
        }
        return "(" + integer(e, args.get(0), vars) + ARITHMETIC.get(function) + integer(e, args.get(1), vars) + ")";
    }

    private String integer(CelExpr call, CelExpr operand, Map<String, String> vars) {
        if (!writer.type(operand).map(SimpleType.INT::equals).orElse(false)) {
            throw writer.refuse(call, "registry.rule.unsupported", call.call().function().replace("_", ""));
        }
        return writer.sql(operand, vars);
    }

    private static boolean nonZeroInteger(CelExpr e) {
        return e.exprKind().getKind() == CelExpr.ExprKind.Kind.CONSTANT
                && e.constant().getKind() == CelConstant.Kind.INT64_VALUE && e.constant().int64Value() != 0;
    }

    private String in(CelExpr e, Map<String, String> vars) {
        CelExpr value = e.call().args().get(0);
        CelExpr list = e.call().args().get(1);
        if (list.exprKind().getKind() == CelExpr.ExprKind.Kind.IDENT && TAGS.equals(list.ident().name())
                && !vars.containsKey(TAGS)) {
            return writer.held("r", value, false);
        }
        Optional<String> member = SqlWriter.member(list).filter(vars::containsKey);
        if (member.isPresent() && TAGS.equals(list.select().field())) {
            return writer.held(vars.get(member.get()), value, true);
        }
        if (list.exprKind().getKind() == CelExpr.ExprKind.Kind.LIST) {
            return comparisons.among(value, list.list().elements(), vars);
        }
        throw writer.refuse(e, "registry.rule.unsupported", "in");
    }

    private String size(CelExpr e, Map<String, String> vars) {
        CelExpr of = e.call().target().orElseGet(() -> e.call().args().get(0));
        if (of.exprKind().getKind() == CelExpr.ExprKind.Kind.COMPREHENSION) {
            return writer.sql(of, vars);  // refused there: only exists, all and exists_one over members
        }
        if (of.exprKind().getKind() == CelExpr.ExprKind.Kind.IDENT && MEMBERS.equals(of.ident().name())
                && !vars.containsKey(MEMBERS)) {
            writer.reads.householdSize = true;
            return "(SELECT count(*) FROM resident s WHERE s.household_id = r.household_id AND s.id <> r.id"
                    + " AND s.status = 'LIVING')";
        }
        throw writer.refuse(e, "registry.rule.unsupported", "size");
    }

    private String grade(CelExpr code) {
        TagInfo tag = writer.tag(code);
        writer.reads.tags.add(tag.code());
        if (tag.derived()) {
            return writer.params.bind(0L);
        }
        return "COALESCE((SELECT min(" + Grades.SQL + ") FROM resident_tag t WHERE t.resident_id = r.id AND t.tag_code = "
                + writer.params.bind(tag.code()) + " AND " + SqlWriter.HELD + "), 0)";
    }

    /** The date of {@code age_on("2026-12-31")}, which must be written as a date. */
    LocalDate date(CelExpr arg) {
        String text = literal(arg, "registry.rule.date");
        try {
            LocalDate date = LocalDate.parse(text);
            writer.reads.ageOn.add(date);
            return date;
        } catch (DateTimeParseException e) {
            throw writer.refuse(arg, "registry.rule.date", text);
        }
    }

    private String within(CelExpr arg) {
        String code = literal(arg, "registry.rule.division");
        String path = writer.division(code).orElseThrow(() -> writer.refuse(arg, "registry.rule.division", code));
        writer.reads.within.put(code, path);
        return "r.division_path LIKE " + writer.params.bind(new DataScope(path).prefix()) + " || '%'";
    }

    private String literal(CelExpr arg, String key) {
        if (arg.exprKind().getKind() != CelExpr.ExprKind.Kind.CONSTANT
                || arg.constant().getKind() != CelConstant.Kind.STRING_VALUE) {
            throw writer.refuse(arg, key, "…");
        }
        return arg.constant().stringValue();
    }

    static String joined(Set<String> values) {
        return values.stream().sorted().collect(Collectors.joining("、"));
    }
}
