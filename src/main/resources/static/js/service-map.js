// The service map (services/map.html): one coloured point per place of the list under the map,
// read from the list items' data attributes; a tap on a point opens its name and a link to its
// entry in the list, where its services are. Without tiles the points draw on a blank background.
(function () {
    var el = document.getElementById('service-map');
    if (!el || !window.Linli || !window.L) { return; }
    var map = Linli.map(el);
    var points = [];
    document.querySelectorAll('[data-testid="service-place"]').forEach(function (item) {
        var lat = Number(item.dataset.lat), lon = Number(item.dataset.lon);
        if (!isFinite(lat) || !isFinite(lon)) { return; }
        var at = Linli.toMap(lat, lon);
        points.push(at);
        var popup = document.createElement('div');
        var name = document.createElement('strong');
        name.textContent = item.dataset.name;
        var kind = document.createElement('div');
        kind.className = 'small text-muted';
        kind.textContent = item.dataset.label;
        var link = document.createElement('a');
        link.href = '#' + item.id;
        link.textContent = '查看服务';
        popup.append(name, kind, link);
        L.circleMarker(at, {radius: 9, color: '#fff', weight: 2, fillColor: item.dataset.colour, fillOpacity: 0.95})
            .bindPopup(popup).addTo(map);
    });
    if (points.length > 0) {
        map.fitBounds(L.latLngBounds(points), {padding: [24, 24], maxZoom: 17});
    } else {
        var c = el.dataset.centre ? el.dataset.centre.split(',').map(Number) : [40.74, 111.67];
        map.setView(Linli.toMap(c[0], c[1]), 15);
    }
    el.dataset.drawn = String(points.length);
})();
