// The staffing page's chart (workforce/staffing.html): per committee, the community workers in post
// against those its households call for, from the element's data attributes (no inline script: the CSP).
(function () {
    var el = document.getElementById('staffing-chart');
    if (!el || !window.echarts) {
        return;
    }
    function numbers(s) { return s === '' ? [] : s.split(',').map(Number); }
    echarts.init(el).setOption({
        animation: false,
        title: {text: '在岗与应配人数', left: 'center', textStyle: {fontSize: 14}},
        legend: {top: 26}, tooltip: {trigger: 'axis'},
        grid: {left: 50, right: 20, top: 60, bottom: 90},
        xAxis: {type: 'category', data: el.dataset.names === '' ? [] : el.dataset.names.split('|'), axisLabel: {rotate: 45, interval: 0}},
        yAxis: {type: 'value', name: '人'},
        series: [{name: '应配', type: 'bar', data: numbers(el.dataset.required), itemStyle: {color: '#b3261e'}},
                 {name: '在岗', type: 'bar', data: numbers(el.dataset.workers), itemStyle: {color: '#3a9d5d'}}]
    });
})();
