package org.linli.division.imports;

import org.linli.division.Kind;
import org.linli.division.Level;

/** The checks one row passes before it is staged; each failure is a reason in Chinese. */
final class RowRules {

    private RowRules() {
    }

    /** Returns null when the row is fine, else why not. */
    static String check(Level level, Level parentLevel, String code, String name, String parentCode) {
        if (code.isEmpty()) {
            return "编码为空";
        }
        if (!code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "编码“%s”含非数字字符".formatted(code);
        }
        if (code.length() != level.codeLength()) {
            return "编码长度应为 %d 位（%s），实为 %d 位".formatted(level.codeLength(), level.label(), code.length());
        }
        if (name.isEmpty()) {
            return "名称为空";
        }
        if (name.length() > 100) {
            return "名称超过 100 个字";
        }
        if (level == Level.PROVINCE) {
            return null;
        }
        if (parentCode.length() != parentLevel.codeLength() || !parentCode.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "上级编码“%s”应为 %d 位数字".formatted(parentCode, parentLevel.codeLength());
        }
        if (!code.startsWith(parentCode)) {
            return "编码 %s 与上级编码 %s 不一致".formatted(code, parentCode);
        }
        // Streets and committees: the digits that give the kind must lie in a published range.
        return Kind.outOfRange(level, code);
    }
}
