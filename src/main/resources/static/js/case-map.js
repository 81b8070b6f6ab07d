/*
 * The case map (/cases/map). Asks the server for what is in view whenever the view moves: either
 * every case there (drawn as markers, clustered; overdue ones red and on top) or, when there are
 * too many, a count per cell (a click zooms into the cell). Boundaries are drawn underneath. When a
 * load is drawn, the counter's data-count, data-mode and data-shown tell tests what is shown.
 */
(function () {
    var el = document.getElementById('case-map');
    if (!el || !window.Linli || !window.L) { return; }
    var counter = document.querySelector('[data-testid="map-count"]');
    var map = Linli.map(el, {maxZoom: Number(el.dataset.maxZoom) || 18});
    var fitted = false;
    if (el.dataset.bounds) {
        var b = el.dataset.bounds.split(',').map(Number);
        map.fitBounds(L.latLngBounds(Linli.toMap(b[0], b[1]), Linli.toMap(b[2], b[3])), {padding: [8, 8]});
        fitted = true;
    } else {
        map.setView(Linli.toMap(35, 105), 4);
    }

    var outlines = Linli.geoJson(null, {
        interactive: false,
        style: function (f) {
            return f.properties.self ? {color: '#0d6efd', weight: 3, fill: false}
                : {color: '#495057', weight: 1.5, fillColor: '#adb5bd', fillOpacity: 0.06};
        },
        onEachFeature: function (f, layer) {
            if (!f.properties.self) {
                layer.bindTooltip(f.properties.name, {permanent: false, direction: 'center', className: 'small'});
            }
        }
    }).addTo(map);
    fetch(el.dataset.outlines, {credentials: 'same-origin', headers: {Accept: 'application/geo+json'}})
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) { if (data) { outlines.addData(data); outlines.bringToBack(); } });

    var clusters = L.markerClusterGroup({
        maxClusterRadius: 48,
        spiderfyOnMaxZoom: true,
        iconCreateFunction: function (cluster) {
            var children = cluster.getAllChildMarkers();
            var late = children.some(function (m) { return m.options.overdue; });
            return bubble(cluster.getChildCount(), late);
        }
    });
    var areas = L.featureGroup();
    map.addLayer(clusters);
    map.addLayer(areas);

    function bubble(count, late) {
        var size = count < 10 ? 30 : count < 100 ? 36 : count < 1000 ? 42 : 50;
        var colour = late ? '#dc3545' : '#0d6efd';
        return L.divIcon({
            className: 'case-map-bubble',
            iconSize: [size, size],
            html: '<div style="width:' + size + 'px;height:' + size + 'px;line-height:' + size + 'px;border-radius:50%;'
                + 'background:' + colour + 'cc;color:#fff;font-weight:600;font-size:12px;text-align:center;'
                + 'box-shadow:0 0 0 4px ' + colour + '33">' + count + '</div>'
        });
    }

    function dot(colour, late) {
        var size = late ? 16 : 13;
        return L.divIcon({
            className: 'case-map-dot',
            iconSize: [size, size],
            html: '<div style="width:' + size + 'px;height:' + size + 'px;border-radius:50%;background:' + colour
                + ';border:2px solid #fff;box-shadow:0 0 2px #000"></div>'
        });
    }

    /** A popup built from text nodes: titles are what reporters typed. */
    function popup(c) {
        var box = document.createElement('div');
        box.setAttribute('data-testid', 'map-popup');
        box.setAttribute('data-case', c.number);
        function line(text, cls) {
            var p = document.createElement('div');
            p.className = cls || '';
            p.textContent = text;
            box.appendChild(p);
            return p;
        }
        line(c.number, 'font-monospace small text-muted');
        line(c.title, 'fw-semibold');
        line(c.statusLabel + (c.overdue ? ' · 超时' : ''), c.overdue ? 'text-danger' : '');
        if (c.due) { line('时限 ' + c.due, 'small'); }
        if (c.atPlace) { line('未填写坐标，画在所属地点中心', 'small text-muted'); }
        var a = document.createElement('a');
        a.href = '/cases/' + c.id;
        a.textContent = '查看诉求';
        a.setAttribute('data-testid', 'map-popup-link');
        box.appendChild(a);
        return box;
    }

    function drawCases(list) {
        var markers = [];
        // Overdue ones last and with a higher z-index, so they are drawn on top.
        list.slice().reverse().forEach(function (c) {
            var m = L.marker(Linli.toMap(c.lat, c.lon), {
                icon: dot(c.colour, c.overdue), overdue: c.overdue, zIndexOffset: c.overdue ? 1000 : 0,
                title: c.number + ' ' + c.title
            });
            m.bindPopup(function () { return popup(c); });
            markers.push(m);
        });
        clusters.addLayers(markers);
    }

    function drawAreas(list) {
        list.forEach(function (a) {
            var m = L.marker(Linli.toMap(a.lat, a.lon), {icon: bubble(a.count, a.overdue > 0), zIndexOffset: a.overdue > 0 ? 1000 : 0,
                title: a.count + ' 件' + (a.overdue > 0 ? '，超时 ' + a.overdue + ' 件' : '')});
            m.on('click', function () {
                map.fitBounds(L.latLngBounds(Linli.toMap(a.south, a.west), Linli.toMap(a.north, a.east)));
            });
            areas.addLayer(m);
        });
    }

    function show(data) {
        clusters.clearLayers();
        areas.clearLayers();
        if (data.mode === 'areas') { drawAreas(data.areas); } else { drawCases(data.cases); }
        var shown = data.mode === 'areas' ? data.areas.length : data.cases.length;
        var text = '视野内 ' + data.total + ' 件';
        if (data.more) { text += '（显示超时优先的前 ' + data.cases.length + ' 件）'; }
        if (data.unplaced > 0) { text += '；另有 ' + data.unplaced + ' 件所属地点尚未上图'; }
        counter.textContent = text;
        counter.setAttribute('data-mode', data.mode);
        counter.setAttribute('data-shown', String(shown));
        counter.setAttribute('data-count', String(data.total));
        counter.setAttribute('data-loaded', 'true');
        if (!fitted) {
            fitted = true;
            var layer = data.mode === 'areas' ? areas : clusters;
            var b = layer.getBounds();
            if (b.isValid()) { map.fitBounds(b, {padding: [16, 16], maxZoom: 16}); }
        }
    }

    var asked = 0;

    function load() {
        var b = map.getBounds();
        var sw = Linli.fromMap(b.getSouthWest()), ne = Linli.fromMap(b.getNorthEast());
        var bbox = [sw[1], sw[0], ne[1], ne[0]].join(',');
        var mine = ++asked;
        counter.setAttribute('data-loaded', 'false');
        fetch(el.dataset.url + '&bbox=' + encodeURIComponent(bbox) + '&zoom=' + Math.round(map.getZoom()),
            {credentials: 'same-origin', headers: {Accept: 'application/json'}})
            .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
            .then(function (data) { if (mine === asked) { show(data); } })
            .catch(function () { if (mine === asked) { counter.textContent = '加载失败，请刷新'; } });
    }

    map.on('moveend', load);
    load();
})();
