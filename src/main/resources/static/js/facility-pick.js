// The facility form's map (services/facility-form.html): a tap puts the point into the latitude
// and longitude fields (WGS-84, through Linli.fromMap); typing them moves the marker.
(function () {
    var el = document.getElementById('facility-map');
    if (!el || !window.Linli || !window.L) { return; }
    var lat = document.getElementById('latitude'), lon = document.getElementById('longitude');
    var map = Linli.map(el), marker = null;
    function typed() {
        var a = parseFloat(lat.value), o = parseFloat(lon.value);
        return isFinite(a) && isFinite(o) && Math.abs(a) <= 90 && Math.abs(o) <= 180 ? [a, o] : null;
    }
    function place(p) {
        var at = Linli.toMap(p[0], p[1]);
        if (marker) { marker.setLatLng(at); } else { marker = L.marker(at).addTo(map); }
    }
    var start = typed() || (el.dataset.centre ? el.dataset.centre.split(',').map(Number) : [40.74, 111.67]);
    map.setView(Linli.toMap(start[0], start[1]), 16);
    if (typed()) { place(typed()); }
    map.on('click', function (e) {
        var p = Linli.fromMap(e.latlng);
        lat.value = p[0];
        lon.value = p[1];
        place(p);
    });
    [lat, lon].forEach(function (input) {
        input.addEventListener('change', function () { var p = typed(); if (p) { place(p); map.panTo(Linli.toMap(p[0], p[1])); } });
    });
})();
