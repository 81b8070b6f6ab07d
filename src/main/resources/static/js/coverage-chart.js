/*
 * The coverage page's chart (issue #14): per committee (or per grid for a committee), the share of
 * judged days meeting the patrol rule and the share of buildings passed this month, as bars, and
 * the grids below the rule as a line. The figures come in data attributes (no inline script).
 */
(function () {
    'use strict';
    var el = document.getElementById('coverage-chart');
    if (!el || !window.echarts) {
        return;
    }
    function numbers(s) { return s ? s.split(',').map(Number) : []; }
    var names = el.dataset.names ? el.dataset.names.split('|') : [];
    echarts.init(el).setOption({
        animation: false,
        legend: {top: 0}, tooltip: {trigger: 'axis'},
        grid: {left: 45, right: 45, top: 36, bottom: 70},
        xAxis: {type: 'category', data: names, axisLabel: {rotate: 30, interval: 0, fontSize: 11}},
        yAxis: [{type: 'value', min: 0, max: 100, axisLabel: {formatter: '{value}%'}},
                {type: 'value', name: '未达标网格', minInterval: 1}],
        series: [{name: '达标天数占比', type: 'bar', data: numbers(el.dataset.days), itemStyle: {color: '#5b8def'}},
                 {name: '楼栋覆盖率', type: 'bar', data: numbers(el.dataset.share), itemStyle: {color: '#3a9d5d'}},
                 {name: '未达标网格', type: 'line', yAxisIndex: 1, data: numbers(el.dataset.below), itemStyle: {color: '#b3261e'}}]
    });
})();
