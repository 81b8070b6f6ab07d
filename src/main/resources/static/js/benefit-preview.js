// The preview of a benefit's draft rule: residents found per committee under the draft and under
// the version in force, as bars (the figures come from the table's data attributes).
(function () {
    var el = document.getElementById('preview-chart');
    if (!el || !window.echarts) { return; }
    function numbers(s) { return s ? s.split(',').map(Number) : []; }
    var names = el.dataset.names ? el.dataset.names.split('|') : [];
    var series = [{name: '按草稿', type: 'bar', data: numbers(el.dataset.draft), itemStyle: {color: '#b3261e'}}];
    if (el.dataset.published) {
        series.push({name: '按现行', type: 'bar', data: numbers(el.dataset.published), itemStyle: {color: '#6c757d'}});
    }
    echarts.init(el).setOption({
        animation: false,
        legend: {top: 4}, tooltip: {trigger: 'axis'},
        grid: {left: 50, right: 20, top: 36, bottom: 70},
        xAxis: {type: 'category', data: names, axisLabel: {rotate: 30, interval: 0, fontSize: 11,
            formatter: function (v) { var parts = v.split(' / '); return parts[parts.length - 1]; }}},
        yAxis: {type: 'value', name: '人'},
        series: series
    });
})();
