/*
 * A running patrol on a phone (issue #14, [data-patrol]). While the patrol runs the page watches
 * the phone's position (navigator.geolocation.watchPosition, WGS-84) and sends it in small batches
 * to the patrol's JSON endpoint with the CSRF header; the answer names buildings ticked by coming
 * near, which the list then shows as passed. Where the user refuses the position the patrol goes
 * on with a note, and buildings are ticked by hand. The map shows the track and the grid's
 * buildings (green when passed). The "report a finding" link carries the latest position to the
 * case form. Needs Leaflet and linli-map.js (~{fragments/map :: assets}) before it.
 */
(function () {
    'use strict';

    var BATCH = 5;
    var EVERY_MS = 15000;

    var page = document.querySelector('[data-patrol]');
    if (!page) {
        return;
    }
    var running = page.getAttribute('data-running') === 'true';
    var url = page.getAttribute('data-positions-url');
    var note = page.querySelector('[data-geo-note]');
    var status = page.querySelector('[data-geo-status]');
    var report = page.querySelector('[data-report-finding]');
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var pending = [];
    var sending = null;
    var markers = {};

    var map = Linli.map(page.querySelector('[data-patrol-map]'), {});
    var bounds = [];
    var track = [];
    try {
        track = JSON.parse(page.getAttribute('data-track') || '[]');
    } catch (e) {
        track = [];
    }
    var line = L.polyline(track.map(function (p) { return Linli.toMap(p[0], p[1]); }),
        {color: '#0d6efd', weight: 4}).addTo(map);
    var me = null;

    page.querySelectorAll('[data-building]').forEach(function (item) {
        var lat = parseFloat(item.getAttribute('data-lat'));
        var lon = parseFloat(item.getAttribute('data-lon'));
        if (!isFinite(lat) || !isFinite(lon)) {
            return;
        }
        var at = Linli.toMap(lat, lon);
        bounds.push(at);
        var ticked = item.getAttribute('data-ticked') === 'true';
        markers[item.getAttribute('data-building-id')] = L.circleMarker(at, {
            radius: 6, weight: 1, color: '#495057', fillOpacity: 0.9, fillColor: ticked ? '#198754' : '#adb5bd'
        }).bindTooltip(item.querySelector('span').textContent).addTo(map);
    });
    track.forEach(function (p) { bounds.push(Linli.toMap(p[0], p[1])); });
    if (bounds.length) {
        map.fitBounds(L.latLngBounds(bounds), {padding: [20, 20], maxZoom: 18});
    } else {
        map.setView([35, 105], 4);
    }

    function ticked(id, how) {
        var item = page.querySelector('[data-building][data-building-id="' + id + '"]');
        if (!item || item.getAttribute('data-ticked') === 'true') {
            return;
        }
        item.setAttribute('data-ticked', 'true');
        var form = item.querySelector('[data-tick-form]');
        if (form) {
            form.remove();
        }
        var badge = document.createElement('span');
        badge.className = 'badge text-bg-success';
        badge.setAttribute('data-tick-badge', '');
        badge.setAttribute('data-testid', 'ticked-' + item.getAttribute('data-testid').replace('building-', ''));
        badge.textContent = how === 'NEAR' ? '已巡（定位）' : '已巡';
        item.appendChild(badge);
        if (markers[id]) {
            markers[id].setStyle({fillColor: '#198754'});
        }
    }

    function headers(extra) {
        var h = Object.assign({}, extra || {});
        if (token && header) {
            h[header.content] = token.content;
        }
        return h;
    }

    function send() {
        if (sending || !pending.length) {
            return sending || Promise.resolve();
        }
        var batch = pending.splice(0, pending.length);
        sending = fetch(url, {
            method: 'POST', credentials: 'same-origin',
            headers: headers({'Content-Type': 'application/json', 'Accept': 'application/json'}),
            body: JSON.stringify({positions: batch})
        }).then(function (r) {
            return r.ok ? r.json() : null;
        }).then(function (answer) {
            (answer && answer.ticked || []).forEach(function (id) { ticked(String(id), 'NEAR'); });
        }).catch(function () {
            // Offline for a moment: keep the batch for the next try.
            pending = batch.concat(pending);
        }).finally(function () {
            sending = null;
        });
        return sending;
    }

    function moved(position) {
        var c = position.coords;
        var p = {latitude: c.latitude, longitude: c.longitude, accuracy: c.accuracy, at: position.timestamp};
        pending.push(p);
        var at = Linli.toMap(c.latitude, c.longitude);
        line.addLatLng(at);
        if (!me) {
            me = L.circleMarker(at, {radius: 7, color: '#fff', weight: 2, fillColor: '#0d6efd', fillOpacity: 1}).addTo(map);
            map.setView(at, Math.max(map.getZoom(), 17));
        } else {
            me.setLatLng(at);
        }
        if (status) {
            status.textContent = '已定位（精度约 ' + Math.round(c.accuracy || 0) + ' 米），位置每隔片刻自动上传。';
            status.setAttribute('data-state', 'located');
        }
        if (report) {
            var link = new URL(report.href, window.location.href);
            link.searchParams.set('latitude', c.latitude.toFixed(6));
            link.searchParams.set('longitude', c.longitude.toFixed(6));
            report.href = link.pathname + link.search;
        }
        // The first position goes at once (the buildings it reaches tick while the worker looks); then in batches.
        if (pending.length >= BATCH || !me.sentOnce) {
            me.sentOnce = true;
            send();
        }
    }

    function refused() {
        note.hidden = false;
        if (status) {
            status.hidden = true;
        }
    }

    if (running) {
        if (navigator.geolocation) {
            navigator.geolocation.watchPosition(moved, function (error) {
                if (error.code === error.PERMISSION_DENIED || error.code === error.POSITION_UNAVAILABLE) {
                    refused();
                }
            }, {enableHighAccuracy: true, maximumAge: 5000, timeout: 30000});
            window.setInterval(send, EVERY_MS);
        } else {
            refused();
        }
    }

    // Ticks by hand without leaving the page (the position watch goes on); the form works without script too.
    page.addEventListener('submit', function (event) {
        var form = event.target;
        if (form.matches('[data-tick-form]')) {
            event.preventDefault();
            var item = form.closest('[data-building]');
            fetch(form.action, {method: 'POST', credentials: 'same-origin', body: new FormData(form), headers: headers()})
                .then(function (r) {
                    if (r.ok) {
                        ticked(item.getAttribute('data-building-id'), 'HAND');
                    }
                });
        } else if (pending.length && !form.hasAttribute('data-flushed')) {
            // Ending: the last positions go first, so the distance counts them.
            event.preventDefault();
            form.setAttribute('data-flushed', '');
            send().then(function () { form.submit(); });
        }
    });
})();
