// The outreach figures' chart (benefits/figures.html): one benefit's found, informed, applied and
// enrolled per division, from the chart element's data attributes (no inline script: the CSP).
(function () {
    var el = document.getElementById('benefit-chart');
    if (!el || !window.echarts) {
        return;
    }
    function numbers(s) { return s === '' ? [] : s.split(',').map(Number); }
    echarts.init(el).setOption({
        animation: false,
        title: {text: el.dataset.title, left: 'center', textStyle: {fontSize: 14}},
        legend: {top: 26}, tooltip: {trigger: 'axis'},
        grid: {left: 50, right: 20, top: 60, bottom: 60},
        xAxis: {type: 'category', data: el.dataset.names.split('|'), axisLabel: {rotate: 30, interval: 0, fontSize: 11}},
        yAxis: {type: 'value', name: '人'},
        series: [{name: '发现', type: 'bar', data: numbers(el.dataset.found), itemStyle: {color: '#5b8def'}},
                 {name: '已告知', type: 'bar', data: numbers(el.dataset.informed), itemStyle: {color: '#e0a100'}},
                 {name: '已申请', type: 'bar', data: numbers(el.dataset.applied), itemStyle: {color: '#b3261e'}},
                 {name: '已纳入名册', type: 'bar', data: numbers(el.dataset.enrolled), itemStyle: {color: '#3a9d5d'}}]
    });
})();
