package org.linli.division;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where a map's background comes from. Linli stores WGS-84; 天地图 draws CGCS2000, which is taken
 * as the same, while AMap and Tencent draw GCJ-02, so pages shift every point for them (and shift
 * back what is drawn). {@code NONE}, the default, draws boundaries and points on a blank background
 * and works offline.
 */
public enum TileSource {

    NONE(null, "", false, ""),
    TIANDITU("https://t{s}.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default"
            + "&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}", "01234567", false, "天地图"),
    AMAP("https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}", "1234", true,
            "高德地图"),
    TENCENT("https://rt{s}.map.gtimg.com/tile?z={z}&x={x}&y={-y}&type=vector&styleid=0", "0123", true, "腾讯地图"),
    OSM("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "", false, "© OpenStreetMap contributors");

    private final String url;
    private final String subdomains;
    private final boolean gcj02;
    private final String attribution;

    TileSource(String url, String subdomains, boolean gcj02, String attribution) {
        this.url = url;
        this.subdomains = subdomains;
        this.gcj02 = gcj02;
        this.attribution = attribution;
    }

    /** The setting {@code linli.map.tiles} read: none, tianditu, amap, tencent or osm, in any case. */
    public static TileSource of(String setting) {
        return setting == null || setting.isBlank() ? NONE : valueOf(setting.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * Where the tiles come from, for the Content-Security-Policy's {@code img-src} (empty for none):
     * the host of the URL, its numbered servers ({s}) as a wildcard.
     */
    public String imageSource() {
        if (url == null) {
            return "";
        }
        String host = url.substring(0, url.indexOf('/', "https://".length()));
        return host.contains("{s}") ? "https://*." + host.substring(host.indexOf('.') + 1) : host;
    }

    public boolean gcj02() {
        return gcj02;
    }

    /** What the page's script needs, with the key (天地图's {@code tk}) filled in. */
    public Map<String, Object> forPage(String key) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("source", name());
        page.put("url", url == null ? null : url.replace("{key}", key == null ? "" : key));
        page.put("subdomains", subdomains);
        page.put("gcj02", gcj02);
        page.put("attribution", attribution);
        return page;
    }
}
