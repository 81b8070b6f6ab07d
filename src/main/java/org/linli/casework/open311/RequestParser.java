package org.linli.casework.open311;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.linli.casework.Categories;
import org.linli.casework.Category;
import org.linli.casework.Channel;
import org.linli.casework.intake.NewCase;
import org.linli.division.AddressMatcher;
import org.springframework.stereotype.Component;

/**
 * Turns a GeoReport POST into the intake's {@link NewCase} and what the client told of the reporter
 * besides ({@link Reporter}). It checks what only Open311 has (service codes, the ways of giving a
 * location, contact details) and leaves the rest to the intake, whose errors it then names by
 * Open311's parameters. A case is placed by {@code address_id} (a division code), else by its
 * point ({@code lat}/{@code long}: the grid of the key's area that holds it, as the intake places
 * any point), else by {@code address_string} (Code for America's Java client sends it as
 * {@code address}).
 */
@Component
class RequestParser {

    /** A parsed submission: the case for the intake, and the rest of what the client said. */
    record Parsed(NewCase form, Reporter reporter) {
    }

    /** What the intake checks, in Open311's words: its field → (parameter, English reason), in the order of the form. */
    private static final Map<String, String[]> FIELDS = orderedFields(
            "description", new String[] {"description", "description must be at most 4,000 characters"},
            "category", new String[] {"service_code", "unknown service_code"},
            "placeCode", new String[] {"address_id", "the place must be a committee, grid, estate or building within the key's area"},
            "reporterPhone", new String[] {"phone", "phone must be a telephone number"},
            "reporterName", new String[] {"last_name", "first_name and last_name together must not exceed 50 characters"},
            "address", new String[] {"address_string", "address_string must not exceed 200 characters"},
            "latitude", new String[] {"lat", "lat and long must be decimal degrees (WGS-84) of a point within the key's area"},
            "submissionKey", new String[] {"submission_key", "submission_key must be 8-48 letters, digits, '_' or '-'"},
            "hotlineNumber", new String[] {"attribute[hotline_number]", "hotline_number must not exceed 30 characters"},
            "title", new String[] {"description", "the title must not exceed 100 characters"},
            "photos", new String[] {"media_url", "media_url must be a JPEG, PNG or WebP photo"});

    private static final int MAX_ID = 100;

    private final Categories categories;
    private final AddressMatcher addresses;

    RequestParser(Categories categories, AddressMatcher addresses) {
        this.categories = categories;
        this.addresses = addresses;
    }

    /** The form for the intake, or a 400 with one description per wrong parameter. */
    Parsed parse(Map<String, String> params, String idempotencyHeader, ApiKeys.ApiKey key) {
        List<String> errors = new ArrayList<>();
        String code = value(params, "service_code");
        Category category = categories.find(code).filter(Category::active).orElse(null);
        if (category == null) {
            errors.add(code.isEmpty() ? "缺少 service_code / service_code is required"
                    : "未知的服务代码“" + code + "” / unknown service_code " + code);
        }
        String addressString = value(params, "address_string");
        if (addressString.isEmpty()) {
            addressString = value(params, "address");
        }
        String place = place(params, addressString, key, errors);
        String mobile = phone(params, errors);
        Reporter reporter = reporter(params, mobile, errors);
        String submission = value(params, "submission_key");
        if (submission.isEmpty() && idempotencyHeader != null) {
            submission = idempotencyHeader.strip();
        }
        if (!submission.isEmpty() && !submission.matches("[A-Za-z0-9_-]{8,48}")) {
            errors.add("提交标识应为 8–48 位字母、数字、下划线或连字符 / " + FIELDS.get("submissionKey")[1]);
        }
        if (!errors.isEmpty()) {
            throw new Open311Error(org.springframework.http.HttpStatus.BAD_REQUEST, errors);
        }
        // GeoReport's description is optional; a case needs one, so it is the service's name.
        String description = value(params, "description").isEmpty() ? category.name() : value(params, "description");
        // Keys are unique across all channels: prefixing the key's id keeps one client from
        // ever receiving a case another client made with the same submission key.
        String submissionKey = submission.isEmpty() ? null : "o311k" + key.id() + "-" + submission;
        NewCase form = new NewCase(code, place, null, description, Channel.OPEN311, value(params, "attribute[hotline_number]"),
                name(reporter.firstName(), reporter.lastName()), mobile, addressString, value(params, "lat"),
                value(params, "long"), submissionKey, List.of());
        return new Parsed(form, reporter);
    }

    /** The place code for the intake; null when the point is to place the case (or nothing could). */
    private String place(Map<String, String> params, String addressString, ApiKeys.ApiKey key, List<String> errors) {
        String addressId = value(params, "address_id");
        if (!addressId.isEmpty()) {
            return addressId; // the intake checks its level and that it lies within the key's division
        }
        if (!value(params, "lat").isEmpty() || !value(params, "long").isEmpty()) {
            return null; // the intake places the point in the grid of the key's area that holds it
        }
        if (!addressString.isEmpty()) {
            return placeNamed(addressString, key, errors);
        }
        errors.add("缺少地点：请提供 lat 和 long、address_string 或 address_id"
                + " / a location is required: lat and long, address_string or address_id");
        return null;
    }

    /** A mainland mobile's eleven digits for the intake, or blank: other numbers are kept aside ({@link Reporter}). */
    private static String phone(Map<String, String> params, List<String> errors) {
        String phone = value(params, "phone");
        if (phone.isEmpty()) {
            return "";
        }
        String mobile = Contacts.mobile(phone);
        if (mobile == null && !Contacts.isNumber(phone)) {
            errors.add("phone：电话号码应由数字组成（可带 +、空格、横线和括号），至少 7 位，不超过 " + Contacts.MAX_PHONE + " 个字符"
                    + " / phone must be a telephone number of at least 7 digits");
        }
        return mobile == null ? "" : mobile;
    }

    private static Reporter reporter(Map<String, String> params, String mobile, List<String> errors) {
        String phone = value(params, "phone");
        String email = value(params, "email");
        if (!email.isEmpty() && !Contacts.isEmail(email)) {
            errors.add("email：电子邮件地址格式不对 / email is not an e-mail address");
        }
        String device = value(params, "device_id").isEmpty() ? value(params, "deviceid") : value(params, "device_id");
        String account = value(params, "account_id");
        for (String[] id : new String[][] {{"device_id", device}, {"account_id", account}}) {
            if (id[1].length() > MAX_ID) {
                errors.add(id[0] + "：不能超过 " + MAX_ID + " 个字符 / " + id[0] + " must not exceed " + MAX_ID + " characters");
            }
        }
        String media = value(params, "media_url");
        if (media.length() > 1000) {
            errors.add("media_url：网址不能超过 1000 个字符 / media_url must not exceed 1000 characters");
        }
        return new Reporter(value(params, "first_name"), value(params, "last_name"), email,
                mobile.isEmpty() ? phone : "", device, account, media);
    }

    /** A refusal of the intake as Open311 describes it: the parameter, the reason in Chinese, then in English. */
    static String describe(String field, String chinese, boolean byAddressString) {
        String[] open311 = FIELDS.getOrDefault(field, new String[] {field, field + " is invalid"});
        String param = field.equals("placeCode") && byAddressString ? "address_string" : open311[0];
        return param + "：" + chinese + " / " + open311[1];
    }

    /** Where a field comes in the form, for listing several problems in a stable order. */
    static int order(String field) {
        int i = List.copyOf(FIELDS.keySet()).indexOf(field);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static Map<String, String[]> orderedFields(Object... pairs) {
        Map<String, String[]> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], (String[]) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(fields);
    }

    /**
     * The place within the key's division that the address names (the division module's
     * {@link AddressMatcher}: a committee, grid, estate or building by name, road and number, with
     * the usual variants). Several places that fit about as well are not guessed: the answer lists
     * them with their codes, to be given as {@code address_id}; so does a weak reading.
     */
    private String placeNamed(String text, ApiKeys.ApiKey key, List<String> errors) {
        AddressMatcher.Match match = addresses.match(text, key.scope(), AddressMatcher.PLACES);
        if (match.place() != null) {
            return match.place().code();
        }
        String chinese = String.join("；", match.candidates().stream().map(c -> c.label() + "（" + c.code() + "）").toList());
        String codes = String.join(", ", match.candidates().stream().map(AddressMatcher.Candidate::code).toList());
        if (match.ambiguous()) {
            errors.add("“" + text + "”可指多处：" + chinese + "，请写得更具体或改用 address_id"
                    + " / address_string matches several places (" + codes + "); be more specific or use address_id");
        } else if (!match.candidates().isEmpty()) {
            errors.add("在本密钥的管辖范围内找不到“" + text + "”确切所指的地点，最接近的是：" + chinese + "，请写得更具体或改用 address_id"
                    + " / address_string names no place clearly (closest: " + codes + "); be more specific or use address_id");
        } else {
            errors.add("在本密钥的管辖范围内找不到“" + text + "”所指的楼栋、小区、网格或社区，请改用 address_id"
                    + " / no building, estate, grid or committee in the key's area matches address_string; use address_id");
        }
        return null;
    }

    /** Chinese names put the family name first; others keep the given name first. */
    private static String name(String first, String last) {
        if (first.isEmpty() || last.isEmpty()) {
            return first + last;
        }
        boolean chinese = (first + last).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return chinese ? last + first : first + " " + last;
    }

    static String value(Map<String, String> params, String name) {
        String v = params.get(name);
        return v == null ? "" : v.strip();
    }
}
