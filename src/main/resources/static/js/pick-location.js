/*
 * Where a problem is (issue #13). On the intake forms ([data-pick-location]): "使用我的位置" asks the
 * phone for its position (WGS-84), a tap on the map puts the pin there and a drag moves it; the
 * hidden latitude and longitude fields carry the point, stored as WGS-84 whatever the map's
 * background draws (Linli.fromMap). The page then asks the server which grid and building the
 * point falls in (data-locate-url) and shows it, or shows the refusal on the field; once a point is
 * placed the form's place field is no longer needed and is emptied (the "清除" button puts it back).
 * On a case's page ([data-case-location]) the same map shows the reported point inside its area.
 * Needs Leaflet and linli-map.js (~{fragments/map :: assets}) before it.
 */
(function () {
    'use strict';

    var DENIED = '未能获取您的位置（未允许定位）。请在地图上点选问题所在位置，或在上面选择所在地点。';
    var UNAVAILABLE = '此设备或浏览器暂时无法定位。请在地图上点选问题所在位置，或在上面选择所在地点。';
    var LOCATING = '正在获取您的位置…';
    var ASKING = '正在确认位置所在网格…';
    var UNKNOWN = '暂时无法确认该位置所在网格，提交时将再次核对。';
    var STREET = {color: '#b3261e', weight: 3, fill: false, interactive: false};
    var COMMITTEE = {color: '#0d6efd', weight: 2, fill: false, interactive: false};
    var GRID = {color: '#6c757d', weight: 1, dashArray: '4 3', fillOpacity: 0.03, interactive: false};

    function style(feature) {
        var level = feature.properties && feature.properties.level;
        return level === 'STREET' ? STREET : level === 'COMMITTEE' ? COMMITTEE : GRID;
    }

    function number(text) {
        var n = parseFloat(text);
        return isFinite(n) ? n : null;
    }

    function outline(map, data) {
        var layer = Linli.geoJson(data, {style: style, interactive: false}).addTo(map);
        return layer.getLayers().length ? layer.getBounds() : null;
    }

    function setUpPicker(box) {
        var form = box.closest('form');
        var latField = box.querySelector('input[name=latitude]');
        var lonField = box.querySelector('input[name=longitude]');
        var status = box.querySelector('[data-location-status]');
        var error = box.querySelector('[data-location-error]');
        var mapEl = box.querySelector('[data-location-map]');
        var useMine = box.querySelector('[data-use-my-location]');
        var clear = box.querySelector('[data-clear-location]');
        var map = Linli.map(mapEl, {});
        var marker = null;
        var asked = 0;
        var placeKept = null;
        var area = null;
        map.setView([35, 105], 4);

        function say(text, state) {
            status.textContent = text;
            status.setAttribute('data-state', state || '');
            status.removeAttribute('data-area-code');
            status.removeAttribute('data-building-code');
        }

        /** The refusal on the field, and the map widened to show the point against the area it missed. */
        function refuse(text) {
            error.textContent = text;
            mapEl.classList.add('border-danger');
            if (area && marker) {
                map.fitBounds(L.latLngBounds(area.getSouthWest(), area.getNorthEast()).extend(marker.getLatLng()),
                    {paddingTopLeft: [16, 48], paddingBottomRight: [16, 16]}); // room above the point for the pin
            }
        }

        function placeField() {
            return form ? form.querySelector('[name=placeCode]') : null;
        }

        /** The point makes the place field unnecessary: empty it (kept, for "清除") and say so. */
        function releasePlace() {
            var field = placeField();
            if (!field || !field.value) {
                return;
            }
            var picker = field.closest('[data-place-picker]');
            var visible = picker ? picker.querySelector('input:not([type=hidden])') : null;
            placeKept = {value: field.value, shown: visible ? visible.value : null};
            field.value = '';
            if (visible) {
                visible.value = '';
                visible.setAttribute('placeholder', '已按地图位置定位，可不填');
            }
        }

        function restorePlace() {
            var field = placeField();
            if (!field || !placeKept || field.value) {
                return;
            }
            field.value = placeKept.value;
            var picker = field.closest('[data-place-picker]');
            var visible = picker ? picker.querySelector('input:not([type=hidden])') : null;
            if (visible && placeKept.shown !== null) {
                visible.value = placeKept.shown;
            }
            placeKept = null;
        }

        function found(place, release) {
            var text = '位置在：' + place.areaLabel;
            if (place.buildingLabel) {
                text += '，最近楼栋 ' + place.buildingLabel + (place.metres >= 1 ? '（约 ' + place.metres + ' 米）' : '');
            }
            say(text, 'found');
            status.setAttribute('data-area-code', place.areaCode);
            if (place.buildingCode) {
                status.setAttribute('data-building-code', place.buildingCode);
            }
            if (release) {
                releasePlace();
            }
        }

        function ask(lat, lon, release) {
            var mine = ++asked;
            say(ASKING, 'asking');
            fetch(box.dataset.locateUrl + '?lat=' + lat + '&lon=' + lon,
                {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
                .then(function (answer) {
                    return answer.json().then(function (body) { return {ok: answer.ok, body: body}; });
                })
                .then(function (answer) {
                    if (mine !== asked) {
                        return;
                    }
                    if (answer.ok) {
                        found(answer.body, release);
                    } else {
                        say('', 'outside');
                        refuse(answer.body.error || UNKNOWN);
                    }
                })
                .catch(function () {
                    if (mine === asked) {
                        say(UNKNOWN, 'unknown');
                    }
                });
        }

        /**
         * Puts the pin at a stored (WGS-84) point, fills the fields and asks where it is; a point the
         * person just chose releases the place field, one a refused form brought back does not.
         */
        function place(lat, lon, zoom, restored) {
            var at = Linli.toMap(lat, lon);
            if (marker) {
                marker.setLatLng(at);
            } else {
                marker = L.marker(at, {draggable: true, keyboard: false}).addTo(map);
                marker.on('dragend', function () {
                    var p = Linli.fromMap(marker.getLatLng());
                    place(p[0], p[1]);
                });
            }
            if (zoom) {
                map.setView(at, Math.max(map.getZoom(), zoom));
            }
            latField.value = lat.toFixed(6);
            lonField.value = lon.toFixed(6);
            error.textContent = '';
            mapEl.classList.remove('border-danger');
            clear.hidden = false;
            ask(latField.value, lonField.value, !restored);
        }

        map.on('click', function (event) {
            var p = Linli.fromMap(event.latlng);
            place(p[0], p[1]);
        });

        useMine.addEventListener('click', function () {
            if (!navigator.geolocation) {
                say(UNAVAILABLE, 'unavailable');
                return;
            }
            useMine.disabled = true;
            say(LOCATING, 'locating');
            navigator.geolocation.getCurrentPosition(function (position) {
                useMine.disabled = false;
                place(position.coords.latitude, position.coords.longitude, 16);
            }, function (failure) {
                useMine.disabled = false;
                say(failure && failure.code === 1 ? DENIED : UNAVAILABLE, failure && failure.code === 1 ? 'denied' : 'unavailable');
            }, {enableHighAccuracy: true, timeout: 15000, maximumAge: 60000});
        });

        clear.addEventListener('click', function () {
            asked++;
            if (marker) {
                map.removeLayer(marker);
                marker = null;
            }
            latField.value = '';
            lonField.value = '';
            error.textContent = '';
            mapEl.classList.remove('border-danger');
            clear.hidden = true;
            say('已清除位置，请在上面选择所在地点，或重新定位。', 'cleared');
            restorePlace();
        });

        var typedLat = number(latField.value);
        var typedLon = number(lonField.value);
        fetch(box.dataset.shapesUrl, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
            .then(function (answer) { return answer.ok ? answer.json() : null; })
            .then(function (data) {
                area = data ? outline(map, data) : null;
                if (area && !marker) {
                    map.fitBounds(area);
                } else if (area && error.textContent.trim()) {
                    refuse(error.textContent.trim());
                }
                box.setAttribute('data-map-ready', 'true');
            })
            .catch(function () { box.setAttribute('data-map-ready', 'true'); });
        // A refused form comes back with the point it sent: show it again, with the refusal if any.
        if (typedLat !== null && typedLon !== null) {
            var refused = error.textContent.trim();
            place(typedLat, typedLon, 16, true);
            if (refused) {
                asked++;
                say('', 'outside');
                refuse(refused);
            }
        }
    }

    function setUpCase(el) {
        var lat = number(el.dataset.lat);
        var lon = number(el.dataset.lon);
        if (lat === null || lon === null) {
            return;
        }
        var map = Linli.map(el, {});
        var at = Linli.toMap(lat, lon);
        L.marker(at, {keyboard: false}).addTo(map).bindTooltip(el.dataset.label || '', {permanent: false});
        var bounds = el.dataset.shapes ? outline(map, JSON.parse(el.dataset.shapes)) : null;
        if (bounds) {
            map.fitBounds(bounds.extend(at), {maxZoom: 17, paddingTopLeft: [12, 44], paddingBottomRight: [12, 12]});
        } else {
            map.setView(at, 17);
        }
        el.setAttribute('data-map-ready', 'true');
    }

    function setUpAll() {
        if (!window.L || !window.Linli || !Linli.map) {
            return;
        }
        document.querySelectorAll('[data-pick-location]').forEach(setUpPicker);
        document.querySelectorAll('[data-case-location]').forEach(setUpCase);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', setUpAll);
    } else {
        setUpAll();
    }
})();
