package org.linli.casework.open311;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.linli.casework.Channel;
import org.linli.division.Divisions;
import org.linli.shared.DataScope;
import org.linli.shared.Times;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What every GeoReport answer shares: the jurisdiction served (the district of
 * {@code linli.cases.public-region}), the format the URL asks for, who may read which cases, and
 * how times and a category's promise are written.
 */
@Component
class Jurisdiction {

    private final ApiKeys keys;
    private final Divisions divisions;
    private final String region;

    Jurisdiction(ApiKeys keys, Divisions divisions, @Value("${linli.cases.public-region:150104}") String region) {
        this.keys = keys;
        this.divisions = divisions;
        this.region = region;
    }

    /** The format, and the jurisdiction if the client named one: it must be ours. */
    Format open(String fmt, Map<String, String> params) {
        Format format = Format.of(fmt).orElseThrow(() ->
                Open311Error.notFound("不支持的格式“" + fmt + "”，请用 .xml 或 .json / unsupported format, use .xml or .json"));
        String jurisdiction = RequestParser.value(params, "jurisdiction_id");
        if (!jurisdiction.isEmpty() && !jurisdiction.equals(region)) {
            throw Open311Error.notFound("未知的 jurisdiction_id“" + jurisdiction + "”，本服务为 " + region
                    + " / unknown jurisdiction_id, this endpoint serves " + region);
        }
        return format;
    }

    /** The key a request names, refused when missing, wrong or revoked. */
    ApiKeys.ApiKey key(Map<String, String> params) {
        String apiKey = RequestParser.value(params, "api_key");
        if (apiKey.isEmpty()) {
            throw Open311Error.forbidden("缺少 api_key / api_key is required");
        }
        return keys.authenticate(apiKey).orElseThrow(() -> Open311Error.forbidden("api_key 无效或已停用 / api_key is invalid or revoked"));
    }

    /** A key's division, or for anyone without a key the jurisdiction's Open311 cases only. */
    RequestFeed.Visibility visibility(Map<String, String> params) {
        if (!RequestParser.value(params, "api_key").isEmpty()) {
            return new RequestFeed.Visibility(key(params).scope(), null);
        }
        return new RequestFeed.Visibility(new DataScope(path()), Channel.OPEN311);
    }

    static ResponseEntity<byte[]> answer(Format format, byte[] body) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.contentType())).body(body);
    }

    /** The jurisdiction's own division path. */
    String path() {
        return divisions.findByCode(region).map(d -> d.path())
                .orElseThrow(() -> new IllegalStateException("linli.cases.public-region " + region + " is not a division"));
    }

    /** ISO-8601 with China's offset, to the second. */
    static String iso(OffsetDateTime t) {
        return t == null ? null
                : t.atZoneSameInstant(Times.zone()).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
