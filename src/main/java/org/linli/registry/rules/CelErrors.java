package org.linli.registry.rules;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.cel.common.CelIssue;

import org.linli.shared.Refusal;

/** CEL's errors in Chinese, at their line and column; CEL's own text where there is no translation. */
final class CelErrors {

    private static final Pattern UNDECLARED = Pattern.compile("undeclared reference to '([^']*)'");
    private static final Pattern NO_FIELD = Pattern.compile("undefined field '([^']*)'");
    private static final Pattern OVERLOAD = Pattern.compile("found no matching overload for '([^']*)' applied to '\\(([^)]*)\\)'");
    private static final Map<String, String> TYPES = Map.of("int", "整数", "string", "文本", "bool", "真假",
            "double", "小数", "list(string)", "文本列表", "list(" + RuleLanguage.MEMBER_TYPE + ")", "同户成员列表",
            RuleLanguage.MEMBER_TYPE, "同户成员", "uint", "无符号整数", "null_type", "null");

    private CelErrors() {
    }

    static Refusal syntax(CelIssue issue) {
        return Positions.refuse(issue.getSourceLocation(), "registry.rule.syntax", issue.getMessage());
    }

    static Refusal checked(CelIssue issue) {
        String message = issue.getMessage();
        Matcher m = UNDECLARED.matcher(message);
        if (m.find()) {
            return Positions.refuse(issue.getSourceLocation(), "registry.rule.undeclared", m.group(1));
        }
        m = NO_FIELD.matcher(message);
        if (m.find()) {
            return Positions.refuse(issue.getSourceLocation(), "registry.rule.no-field", m.group(1));
        }
        m = OVERLOAD.matcher(message);
        if (m.find()) {
            String operator = m.group(1).replace("_", "").replace("@in", "in");
            return Positions.refuse(issue.getSourceLocation(), "registry.rule.overload", operator + " 不能用于 " + types(m.group(2)));
        }
        return Positions.refuse(issue.getSourceLocation(), "registry.rule.error", message);
    }

    private static String types(String list) {
        StringBuilder out = new StringBuilder();
        for (String type : list.split(", ")) {
            out.append(out.isEmpty() ? "" : "、").append(TYPES.getOrDefault(type.strip(), type.strip()));
        }
        return out.toString();
    }
}
