package org.linli.casework;

import java.time.Clock;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.linli.audit.AuditLog;
import org.linli.casework.calendar.WorkCalendar;
import org.linli.division.Division;
import org.linli.division.Divisions;
import org.linli.division.Level;
import org.linli.registry.PersonalData;
import org.linli.registry.Phone;
import org.linli.shared.Role;
import org.linli.shared.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every channel's way in: checks a submission field by field, then opens the case once. */
@Service
public class Intake {

    /** Either errors by field, or the case (new, or the one an earlier identical submission made). */
    public record Result(Map<String, String> errors, Long caseId, String number, String trackingCode, boolean duplicate) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private final JdbcClient jdbc;
    private final Divisions divisions;
    private final Categories categories;
    private final WorkCalendar calendar;
    private final PersonalData personal;
    private final Cases cases;
    private final CaseNotices notices;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Intake(JdbcClient jdbc, Divisions divisions, Categories categories, WorkCalendar calendar, PersonalData personal,
           Cases cases, CaseNotices notices, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.divisions = divisions;
        this.categories = categories;
        this.calendar = calendar;
        this.personal = personal;
        this.cases = cases;
        this.notices = notices;
        this.audit = audit;
    }

    @Transactional
    public Result open(NewCase form, Submitter who) {
        String key = trim(form.submissionKey());
        if (!key.isEmpty()) {
            Result earlier = earlier(key);
            if (earlier != null) {
                return earlier;
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String description = trim(form.description());
        String title = trim(form.title());
        if (description.length() < 5 || description.length() > 2000) {
            errors.put("description", "请描述问题（5 到 2000 个字）");
        }
        if (title.length() > 100) {
            errors.put("title", "标题不能超过 100 个字");
        }
        Category category = categories.find(trim(form.category())).filter(Category::active).orElse(null);
        if (category == null) {
            errors.put("category", "请选择类别");
        }
        if (form.channel() == null) {
            errors.put("channel", "请选择来源");
        }
        String hotline = trim(form.hotlineNumber());
        if (form.channel() == Channel.HOTLINE_12345 && hotline.isEmpty()) {
            errors.put("hotlineNumber", "12345 转办须填写热线工单号");
        } else if (hotline.length() > 30) {
            errors.put("hotlineNumber", "热线工单号不能超过 30 个字符");
        }
        Division place = divisions.findByCode(trim(form.placeCode()))
                .filter(d -> who.scope().covers(d.path()) && d.level().ordinal() >= Level.COMMITTEE.ordinal())
                .orElse(null);
        if (place == null) {
            errors.put("placeCode", who.role() == Role.RESIDENT ? "请选择问题所在的社区" : "发生地点应为您管辖范围内的居村委会、网格、小区或楼栋");
        }
        String phone = trim(form.reporterPhone());
        if (!phone.isEmpty() || who.anonymous()) {
            String problem = Phone.problem(phone);
            if (problem != null) {
                errors.put("reporterPhone", problem + (who.anonymous() ? "（用于查询进度和回访）" : ""));
            }
        }
        String name = trim(form.reporterName());
        if (name.length() > 50) {
            errors.put("reporterName", "姓名不能超过 50 个字");
        }
        String address = trim(form.address());
        if (address.length() > 200) {
            errors.put("address", "地址不能超过 200 个字");
        }
        BigDecimal[] location = location(form.latitude(), form.longitude(), errors);
        if (!key.isEmpty() && !key.matches("[A-Za-z0-9_-]{8,64}")) {
            errors.put("submissionKey", "提交标识应为 8–64 位字母、数字、下划线或连字符");
        }
        String photoProblem = NewCase.photoProblem(form.photos());
        if (photoProblem != null) {
            errors.put("photos", photoProblem);
        }
        if (!errors.isEmpty()) {
            return new Result(errors, null, null, null, false);
        }
        if (title.isEmpty()) {
            title = description.length() > 30 ? description.substring(0, 30) + "…" : description;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = jdbc.sql("SELECT nextval('case_record_id_seq')").query(Long.class).single();
        String number = "C" + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + id;
        String tracking = trackingCode();
        PersonalData.SealedPhone sealed = phone.isEmpty() ? null : personal.sealPhone(phone);
        int inserted = jdbc.sql("""
                        INSERT INTO case_record (id, number, division_id, division_path, category_code, channel, hotline_number,
                            title, description, status, created_by, created_at, accept_due, finish_due, tracking_code,
                            submission_key, reporter_account_id, reporter_name, reporter_phone, reporter_phone_hash,
                            reporter_phone_mask, address, latitude, longitude, api_key_id)
                        VALUES (:id, :number, :d, :p, :cat, :ch, :hot, :title, :desc, 'REPORTED', :by, :now, :ad, :fd, :track,
                                :key, :account, :name, :phone, :hash, :mask, :address, :lat, :lon, :api)
                        ON CONFLICT (submission_key) DO NOTHING""")
                .param("id", id).param("number", number).param("d", place.id()).param("p", place.path())
                .param("cat", category.code()).param("ch", form.channel().name()).param("hot", hotline.isEmpty() ? null : hotline)
                .param("title", title).param("desc", description).param("by", who.actor()).param("now", now)
                .param("ad", calendar.due(now, category.acceptLimit())).param("fd", calendar.due(now, category.finishLimit()))
                .param("track", tracking).param("key", key.isEmpty() ? null : key)
                .param("account", who.role() == Role.RESIDENT ? who.accountId() : null)
                .param("name", name.isEmpty() ? null : name)
                .param("phone", sealed == null ? null : sealed.cipher()).param("hash", sealed == null ? null : sealed.hash())
                .param("mask", sealed == null ? null : sealed.mask()).param("address", address.isEmpty() ? null : address)
                .param("lat", location[0]).param("lon", location[1]).param("api", who.apiKeyId())
                .update();
        if (inserted == 0) {
            // Another request with the same key committed first.
            return earlier(key);
        }
        long logId = cases.log(id, who.actor(), who.role(), null, CaseStatus.REPORTED, form.channel().label(), null);
        cases.savePhotos(id, logId, form.photos(), who.actor());
        audit.recordAs(who.actor(), "CASE_OPEN", number + " " + title, place.path(), category.name());
        notices.reported(cases.load(id), sealed);
        return new Result(Map.of(), id, number, tracking, false);
    }

    private Result earlier(String key) {
        record Row(long id, String number, String trackingCode) {
        }
        return jdbc.sql("SELECT id, number, tracking_code FROM case_record WHERE submission_key = :k").param("k", key)
                .query(Row.class).optional()
                .map(r -> new Result(Map.of(), r.id(), r.number(), r.trackingCode(), true)).orElse(null);
    }

    /** Both or neither, as decimal degrees within China's extent. */
    private static BigDecimal[] location(String lat, String lon, Map<String, String> errors) {
        String a = trim(lat);
        String b = trim(lon);
        if (a.isEmpty() && b.isEmpty()) {
            return new BigDecimal[] {null, null};
        }
        try {
            BigDecimal latitude = new BigDecimal(a);
            BigDecimal longitude = new BigDecimal(b);
            if (latitude.doubleValue() < 3 || latitude.doubleValue() > 54 || longitude.doubleValue() < 73
                    || longitude.doubleValue() > 136) {
                errors.put("latitude", "位置应在中国境内（纬度 3–54，经度 73–136）");
            }
            return new BigDecimal[] {latitude.setScale(6, java.math.RoundingMode.HALF_UP),
                    longitude.setScale(6, java.math.RoundingMode.HALF_UP)};
        } catch (NumberFormatException e) {
            errors.put("latitude", "位置应为十进制经纬度，如 40.812345 和 111.654321");
            return new BigDecimal[] {null, null};
        }
    }

    private String trackingCode() {
        StringBuilder s = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            s.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return s.toString();
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
