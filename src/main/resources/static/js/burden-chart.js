// The burden page's chart (workitems/burden.html): per kind, what committees carried before and
// what they keep now, from the chart element's data attributes (no inline script: the CSP).
(function () {
    var el = document.getElementById('burden-chart');
    if (!el || !window.echarts) {
        return;
    }
    function numbers(s) { return s === '' ? [] : s.split(',').map(Number); }
    echarts.init(el).setOption({
        animation: false,
        title: {text: '社区减负：原有与保留', left: 'center', textStyle: {fontSize: 14}},
        legend: {top: 26}, tooltip: {trigger: 'axis'},
        grid: {left: 50, right: 20, top: 60, bottom: 30},
        xAxis: {type: 'category', data: el.dataset.names.split('|')},
        yAxis: {type: 'value', name: '项'},
        series: [{name: '原有', type: 'bar', data: numbers(el.dataset.before), itemStyle: {color: '#b3261e'}, label: {show: true, position: 'top'}},
                 {name: '保留', type: 'bar', data: numbers(el.dataset.now), itemStyle: {color: '#3a9d5d'}, label: {show: true, position: 'top'}}]
    });
})();
