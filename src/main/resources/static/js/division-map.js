/*
 * A division's map page: draws the division's boundary and its children's boundaries and points
 * (from /api/divisions/{id}/shapes, WGS-84) with their names; for editors, Leaflet.draw edits the
 * chosen division's shape and writes it, back in WGS-84, into the form's geometry field. A refused
 * save comes back with the field as typed, and that drawing is shown again for correcting.
 */
(function () {
    var el = document.getElementById('division-map');
    if (!el || !window.Linli) { return; }
    var map = Linli.map(el);
    var form = document.getElementById('shape-form');
    var field = form && form.querySelector('[name=geometry]');
    var select = form && form.querySelector('[name=target]');
    var editable = new L.FeatureGroup().addTo(map);
    var features = {};

    function styleOf(f) {
        return f.properties.self ? {color: '#dc3545', weight: 3, fill: false}
            : {color: '#0d6efd', weight: 2, fillOpacity: 0.08};
    }

    /** Map coordinates (possibly GCJ-02) of a GeoJSON array back to stored WGS-84 [lon, lat]. */
    function toStored(coords) {
        if (typeof coords[0] === 'number') {
            var p = Linli.fromMap(L.latLng(coords[1], coords[0]));
            return [p[1], p[0]];
        }
        return coords.map(toStored);
    }

    /** The drawn layers as one GeoJSON geometry in WGS-84: a point, a polygon or a multipolygon. */
    function writeField() {
        if (!field) { return; }
        var polygons = [], point = null;
        editable.eachLayer(function (layer) {
            var g = layer.toGeoJSON().geometry;
            if (g.type === 'Point') { point = toStored(g.coordinates); }
            if (g.type === 'Polygon') { polygons.push(toStored(g.coordinates)); }
            if (g.type === 'MultiPolygon') { polygons = polygons.concat(toStored(g.coordinates)); }
        });
        var geometry = point ? {type: 'Point', coordinates: point}
            : polygons.length === 1 ? {type: 'Polygon', coordinates: polygons[0]}
            : polygons.length > 1 ? {type: 'MultiPolygon', coordinates: polygons} : null;
        field.value = geometry ? JSON.stringify(geometry) : '';
        el.dataset.editing = editable.getLayers().length;
    }

    /** Puts a geometry (WGS-84 GeoJSON) into the editable layer, one Leaflet layer per polygon. */
    function edit(geometry) {
        editable.clearLayers();
        if (geometry) {
            var parts = geometry.type === 'MultiPolygon'
                ? geometry.coordinates.map(function (c) { return {type: 'Polygon', coordinates: c}; }) : [geometry];
            parts.forEach(function (part) {
                Linli.geoJson(part, {
                    style: function () { return {color: '#fd7e14', weight: 3}; },
                    pointToLayer: function (f, latlng) { return L.marker(latlng); }
                }).eachLayer(function (layer) { editable.addLayer(layer); });
            });
        }
        el.dataset.editing = editable.getLayers().length;
    }

    function chosen() {
        var f = select && features[select.value];
        edit(f ? f.geometry : null);
    }

    fetch(el.dataset.shapesUrl, {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
        .then(function (r) { return r.json(); })
        .then(function (collection) {
            var drawn = 0;
            var layer = Linli.geoJson(collection, {
                style: styleOf,
                pointToLayer: function (f, latlng) {
                    return L.circleMarker(latlng, {radius: 5, color: '#198754', fillOpacity: 0.8});
                },
                onEachFeature: function (f, l) {
                    drawn++;
                    features[f.properties.id] = f;
                    l.bindTooltip(f.properties.name, {permanent: !f.properties.self, direction: 'center',
                        className: 'linli-map-label'});
                }
            }).addTo(map);
            if (layer.getBounds().isValid()) {
                map.fitBounds(layer.getBounds(), {padding: [20, 20]});
            } else {
                map.setView([35, 105], 4);
            }
            el.dataset.drawn = drawn;
            var typed = field && field.value.trim();
            if (typed) {
                try { edit(JSON.parse(typed)); } catch (e) { chosen(); }
            } else {
                chosen();
            }
        });

    if (form && L.Control.Draw) {
        map.addControl(new L.Control.Draw({
            position: 'topleft',
            edit: {featureGroup: editable},
            draw: {polygon: {allowIntersection: false, showArea: false}, rectangle: true, marker: true,
                polyline: false, circle: false, circlemarker: false}
        }));
        map.on(L.Draw.Event.CREATED, function (e) {
            editable.clearLayers();
            editable.addLayer(e.layer);
            writeField();
        });
        map.on(L.Draw.Event.EDITED, writeField);
        map.on(L.Draw.Event.DELETED, writeField);
        select.addEventListener('change', function () { field.value = ''; chosen(); });
    }
})();
