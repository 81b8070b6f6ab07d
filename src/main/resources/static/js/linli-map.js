/*
 * Linli's maps on Leaflet. Everything Linli stores and sends is WGS-84; when the configured tile
 * source draws GCJ-02 (AMap, Tencent) points are shifted on the way to the map (Linli.toMap) and
 * back on the way from it (Linli.fromMap), so a click or a drawn boundary is stored where it is.
 * With no tile source the map is a blank background: boundaries and points still draw offline.
 */
(function () {
    var data = (document.getElementById('linli-map-config') || {dataset: {}}).dataset;
    var config = {source: data.source || 'NONE', url: data.url || null, subdomains: data.subdomains || '',
        gcj02: data.gcj02 === 'true', attribution: data.attribution || ''};
    var A = 6378245.0, EE = 0.00669342162296594323;

    function inChina(lat, lon) {
        return lon >= 73.5 && lon <= 135.1 && lat >= 3.8 && lat <= 53.6;
    }

    function shiftLat(x, y) {
        var r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        r += (20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2 / 3;
        r += (20 * Math.sin(y * Math.PI) + 40 * Math.sin(y / 3 * Math.PI)) * 2 / 3;
        r += (160 * Math.sin(y / 12 * Math.PI) + 320 * Math.sin(y * Math.PI / 30)) * 2 / 3;
        return r;
    }

    function shiftLon(x, y) {
        var r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        r += (20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2 / 3;
        r += (20 * Math.sin(x * Math.PI) + 40 * Math.sin(x / 3 * Math.PI)) * 2 / 3;
        r += (150 * Math.sin(x / 12 * Math.PI) + 300 * Math.sin(x / 30 * Math.PI)) * 2 / 3;
        return r;
    }

    /** WGS-84 → GCJ-02, [lat, lon]; unchanged outside China. */
    function toGcj(lat, lon) {
        if (!inChina(lat, lon)) { return [lat, lon]; }
        var dLat = shiftLat(lon - 105, lat - 35), dLon = shiftLon(lon - 105, lat - 35);
        var rad = lat / 180 * Math.PI, magic = 1 - EE * Math.sin(rad) * Math.sin(rad), sq = Math.sqrt(magic);
        dLat = dLat * 180 / ((A * (1 - EE)) / (magic * sq) * Math.PI);
        dLon = dLon * 180 / (A / sq * Math.cos(rad) * Math.PI);
        return [lat + dLat, lon + dLon];
    }

    /** GCJ-02 → WGS-84 by iteration, to well under a centimetre. */
    function fromGcj(lat, lon) {
        var w = [lat, lon];
        for (var i = 0; i < 30; i++) {
            var g = toGcj(w[0], w[1]), dLat = g[0] - lat, dLon = g[1] - lon;
            w = [w[0] - dLat, w[1] - dLon];
            if (Math.abs(dLat) < 1e-10 && Math.abs(dLon) < 1e-10) { break; }
        }
        return w;
    }

    /** A Leaflet LatLng on the map for a stored WGS-84 point. */
    function toMap(lat, lon) {
        var p = config.gcj02 ? toGcj(lat, lon) : [lat, lon];
        return L.latLng(p[0], p[1]);
    }

    /** The stored WGS-84 [lat, lon] of a point on the map, rounded to six decimals (about 0.1 m). */
    function fromMap(latlng) {
        var p = config.gcj02 ? fromGcj(latlng.lat, latlng.lng) : [latlng.lat, latlng.lng];
        return [Math.round(p[0] * 1e6) / 1e6, Math.round(p[1] * 1e6) / 1e6];
    }

    /** A map in the element, with the configured background (or none). */
    function map(el, options) {
        var m = L.map(el, Object.assign({preferCanvas: true, zoomSnap: 0.5}, options || {}));
        if (config.url) {
            L.tileLayer(config.url, {subdomains: config.subdomains || 'abc', maxZoom: 18,
                attribution: config.attribution}).addTo(m);
            if (config.source === 'TIANDITU') {
                L.tileLayer(config.url.replace('vec_w', 'cva_w').replace('LAYER=vec', 'LAYER=cva'),
                    {subdomains: config.subdomains, maxZoom: 18}).addTo(m);
            }
        } else {
            el.classList.add('linli-map-blank');
        }
        return m;
    }

    /** A GeoJSON layer (WGS-84 as stored), placed for the map's tile source. */
    function geoJson(data, options) {
        return L.geoJSON(data, Object.assign({
            coordsToLatLng: function (c) { return toMap(c[1], c[0]); }
        }, options || {}));
    }

    window.Linli = Object.assign(window.Linli || {}, {
        map: map, geoJson: geoJson, toMap: toMap, fromMap: fromMap, toGcj: toGcj, fromGcj: fromGcj, mapConfig: config
    });
})();
