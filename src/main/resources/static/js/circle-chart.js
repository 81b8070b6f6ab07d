// The life circle's chart (services/circle.html): the share of households within a 15-minute walk
// of each kind of facility, from the element's data attributes (no inline script: the CSP).
(function () {
    if (!window.echarts) { return; }
    document.querySelectorAll('.circle-chart').forEach(function (el) {
        var names = el.dataset.names === '' ? [] : el.dataset.names.split('|');
        var values = el.dataset.values === '' ? [] : el.dataset.values.split(',').map(Number);
        echarts.init(el).setOption({
            animation: false,
            title: {text: '各类设施15分钟步行覆盖率', left: 'center', textStyle: {fontSize: 14}},
            tooltip: {trigger: 'axis', valueFormatter: function (v) { return v + '%'; }},
            grid: {left: 50, right: 20, top: 40, bottom: 80},
            xAxis: {type: 'category', data: names, axisLabel: {rotate: 30, interval: 0, fontSize: 11}},
            yAxis: {type: 'value', name: '%', max: 100},
            series: [{type: 'bar', data: values, itemStyle: {color: '#0d6efd'},
                label: {show: true, position: 'top', formatter: '{c}%', fontSize: 10}}]
        });
    });
})();
