package org.linli.durability;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** A residents file in the import template's layout: each resident the head of a household of their own. */
final class ImportFile {

    static final String NAME = "耐久";
    private static final String DIGITS = "零一二三四五六七八九";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    final List<String> ids = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    private final StringBuilder csv = new StringBuilder("姓名,身份证号,手机号,民族,户籍,与户主关系,户主身份证号,楼栋编码,单元,户室\n");

    ImportFile(int rows, List<String> buildings) {
        for (int i = 0; i < rows; i++) {
            String id = id(i);
            String name = name(i);
            ids.add(id);
            names.add(name);
            csv.append(String.join(",", name, id, "", "汉族", "户籍在本地", "户主", id, buildings.get(i % buildings.size()), "1",
                    "R" + i)).append('\n');
        }
    }

    byte[] bytes() {
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A valid GB 11643 number of the demo district, different for each row. */
    static String id(int row) {
        String body = "150104" + LocalDate.of(1950, 1, 1).plusDays(row / 400).format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", 100 + row % 400);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK.charAt(sum % 11);
    }

    static String name(int row) {
        StringBuilder name = new StringBuilder(NAME);
        for (char c : String.format("%05d", row).toCharArray()) {
            name.append(DIGITS.charAt(c - '0'));
        }
        return name.toString();
    }
}
