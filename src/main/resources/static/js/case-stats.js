(function () {
    function numbers(s) { return s.split(',').map(function (v) { return v === '' ? null : Number(v); }); }
    var volume = document.getElementById('chart-volume');
    if (volume && window.echarts) {
        echarts.init(volume).setOption({
            animation: false,
            title: {text: '接诉量与结案数', left: 'center', textStyle: {fontSize: 14}},
            legend: {top: 26}, tooltip: {trigger: 'axis'},
            grid: {left: 50, right: 20, top: 60, bottom: 60},
            xAxis: {type: 'category', data: volume.dataset.names.split('|'), axisLabel: {rotate: 30, interval: 0, fontSize: 11}},
            yAxis: {type: 'value', name: '件'},
            series: [{name: '接诉量', type: 'bar', data: numbers(volume.dataset.received), itemStyle: {color: '#5b8def'}},
                     {name: '结案数', type: 'bar', data: numbers(volume.dataset.closed), itemStyle: {color: '#3a9d5d'}}]
        });
    }
    var rates = document.getElementById('chart-rates');
    if (rates && window.echarts) {
        echarts.init(rates).setOption({
            animation: false,
            title: {text: '按期结案率、满意率与延期率', left: 'center', textStyle: {fontSize: 14}},
            legend: {top: 26}, tooltip: {trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : v + '%'; }},
            grid: {left: 50, right: 20, top: 60, bottom: 60},
            xAxis: {type: 'category', data: rates.dataset.names.split('|'), axisLabel: {rotate: 30, interval: 0, fontSize: 11}},
            yAxis: {type: 'value', min: 0, max: 100, axisLabel: {formatter: '{value}%'}},
            series: [{name: '按期结案率', type: 'bar', data: numbers(rates.dataset.ontime), itemStyle: {color: '#b3261e'}},
                     {name: '满意率', type: 'line', data: numbers(rates.dataset.satisfaction), connectNulls: false,
                      itemStyle: {color: '#e0a100'}},
                     {name: '延期率', type: 'line', data: numbers(rates.dataset.extension), connectNulls: false,
                      itemStyle: {color: '#6c757d'}}]
        });
    }
    // Sorting by a header: numbers by their raw value, "—" last; the total row stays in the footer.
    var table = document.getElementById('stats-table');
    table.querySelectorAll('thead th').forEach(function (th, col) {
        th.addEventListener('click', function () {
            var desc = th.dataset.dir !== 'desc';
            table.querySelectorAll('thead th').forEach(function (o) { delete o.dataset.dir; });
            th.dataset.dir = desc ? 'desc' : 'asc';
            var body = table.tBodies[0];
            Array.from(body.rows).sort(function (a, b) {
                var x = col === 0 ? a.cells[0].textContent : a.cells[col].dataset.value;
                var y = col === 0 ? b.cells[0].textContent : b.cells[col].dataset.value;
                if (col === 0) { return desc ? y.localeCompare(x, 'zh') : x.localeCompare(y, 'zh'); }
                if (x === '') { return 1; }
                if (y === '') { return -1; }
                return desc ? Number(y) - Number(x) : Number(x) - Number(y);
            }).forEach(function (r) { body.appendChild(r); });
        });
    });
})();
