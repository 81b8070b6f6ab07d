// The certificate figures' charts (workitems/certificate-figures.html): one bar per kind or
// department, from each chart element's data attributes (no inline script: the CSP).
(function () {
    if (!window.echarts) {
        return;
    }
    document.querySelectorAll('.certificate-chart').forEach(function (el) {
        var names = el.dataset.names === '' ? [] : el.dataset.names.split('|');
        var values = el.dataset.values === '' ? [] : el.dataset.values.split(',').map(Number);
        echarts.init(el).setOption({
            animation: false,
            title: {text: el.dataset.title, left: 'center', textStyle: {fontSize: 14}},
            tooltip: {trigger: 'axis'},
            grid: {left: 50, right: 20, top: 40, bottom: 90},
            xAxis: {type: 'category', data: names, axisLabel: {rotate: 35, interval: 0, fontSize: 11}},
            yAxis: {type: 'value', name: '次', minInterval: 1},
            series: [{type: 'bar', data: values, itemStyle: {color: '#b3261e'}}]
        });
    });
})();
