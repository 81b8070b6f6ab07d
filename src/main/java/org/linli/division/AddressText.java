package org.linli.division;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses as people write them, brought to one form so that stored names and typed text can be
 * compared: full-width digits and letters become ASCII (NFKC), spaces and punctuation go, Chinese
 * numerals before a unit (三号楼, 二单元) or after 第 (第一网格) become digits, and the ways of
 * naming a building (3栋, 3幢, 3座, 3#, 3#楼, 3楼 before an entrance) become 3号楼.
 */
final class AddressText {

    private static final Pattern GAPS = Pattern.compile("[\\s\\p{Z}\\p{P}\\p{S}&&[^#]]+");
    private static final String NUMERALS = "零〇一二两三四五六七八九十百千";
    private static final Pattern NUMERAL = Pattern.compile(
            "(?<=第)[" + NUMERALS + "]+|[" + NUMERALS + "]+(?=号|栋|幢|座|单元|层|楼|室|网格|#)");
    private static final Pattern BUILDING = Pattern.compile("([0-9a-z]+)(?:号楼|号栋|栋|幢|座|#楼|#)");
    private static final Pattern FLOOR_AS_BUILDING = Pattern.compile("([0-9]+)楼(?=[0-9]+单元)");
    private static final Pattern COUNTRY = Pattern.compile("^(中华人民共和国|中国)");

    /** Suffixes that people leave out when they name a place, longest first, by level. */
    private static final List<String> AREA_SUFFIXES = List.of("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州",
            "街道办事处", "街道", "地区", "省", "市", "盟", "区", "县", "旗", "镇", "乡");
    private static final List<String> COMMITTEE_SUFFIXES = List.of("社区居民委员会", "社区居委会", "居民委员会", "居委会",
            "村民委员会", "村委会");
    private static final List<String> ESTATE_SUFFIXES = List.of("家属院", "小区", "花园", "家园", "花苑", "公寓", "新村", "苑");

    private AddressText() {
    }

    /** The comparable form of a text; empty for null. */
    static String normalise(String text) {
        String s = plain(text);
        s = COUNTRY.matcher(s).replaceFirst("");
        s = NUMERAL.matcher(s).replaceAll(m -> number(m.group()));
        s = BUILDING.matcher(s).replaceAll("$1号楼");
        return FLOOR_AS_BUILDING.matcher(s).replaceAll("$1号楼");
    }

    /** Only widths, case, spaces and punctuation made uniform: what a stored name written with 三号 is compared with. */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return GAPS.matcher(s).replaceAll("");
    }

    /**
     * The names a place goes by, normalised, the full name first: a committee also without
     * 居委会 ("五塔北街社区") and without 社区 ("五塔北街"), an area without its kind ("呼和浩特",
     * "小召前街"), an estate without 小区/花园/家园… ("泰和"). Short forms under two characters are left out.
     */
    static List<String> names(String name, Level level) {
        List<String> names = new ArrayList<>();
        String full = normalise(name);
        if (full.isEmpty()) {
            return names;
        }
        names.add(full);
        switch (level) {
            case COMMITTEE -> {
                String bare = strip(full, COMMITTEE_SUFFIXES);
                if (!bare.equals(full) && !bare.endsWith("社区") && !bare.endsWith("村")) {
                    add(names, bare + "社区");
                }
                add(names, bare);
                add(names, strip(bare, List.of("社区")));
            }
            case ESTATE -> add(names, strip(full, ESTATE_SUFFIXES));
            case PROVINCE, CITY, COUNTY, STREET -> add(names, strip(full, AREA_SUFFIXES));
            default -> {
            }
        }
        return names;
    }

    /** Whether a committee's short form still says 社区 (and so names it as fully as its whole name). */
    static boolean namesCommittee(String shortForm) {
        return shortForm.endsWith("社区") || shortForm.endsWith("村") || shortForm.endsWith("委员会")
                || shortForm.endsWith("委会");
    }

    /** The road of an address ("昭君路12号" → "昭君路"): everything before its first digit. */
    static String road(String normalisedAddress) {
        int i = 0;
        while (i < normalisedAddress.length() && !Character.isDigit(normalisedAddress.charAt(i))) {
            i++;
        }
        return normalisedAddress.substring(0, i);
    }

    private static String strip(String name, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static void add(List<String> names, String name) {
        if (name.length() >= 2 && !names.contains(name)) {
            names.add(name);
        }
    }

    /** 三 → 3, 十二 → 12, 二十三 → 23, 一百零五 → 105; digit by digit when there is no 十/百/千 (一二〇三 → 1203). */
    static String number(String numerals) {
        boolean positional = numerals.chars().noneMatch(c -> c == '十' || c == '百' || c == '千');
        if (positional) {
            StringBuilder digits = new StringBuilder();
            numerals.chars().forEach(c -> digits.append(digit((char) c)));
            return digits.toString();
        }
        int total = 0;
        int current = 0;
        for (char c : numerals.toCharArray()) {
            switch (c) {
                case '十' -> {
                    total += (current == 0 ? 1 : current) * 10;
                    current = 0;
                }
                case '百' -> {
                    total += current * 100;
                    current = 0;
                }
                case '千' -> {
                    total += current * 1000;
                    current = 0;
                }
                default -> current = digit(c);
            }
        }
        return String.valueOf(total + current);
    }

    private static int digit(char c) {
        return switch (c) {
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> 0;
        };
    }

    /** Where a term of the text ends after what follows a building: entrance, floor, room ("2单元301室"). */
    static int afterDetails(String text, int from) {
        Matcher m = DETAILS.matcher(text).region(from, text.length());
        return m.lookingAt() ? m.end() : from;
    }

    private static final Pattern DETAILS = Pattern.compile("(?:[0-9]{1,2}单元)?(?:[0-9]{1,2}(?:层|楼))?(?:[0-9]{1,5}(?:室|号房|号|户)?)?");
}
