// The volunteer figures' chart (volunteers/figures.html): certified hours per month, from the
// chart element's data attributes (no inline script: the CSP).
(function () {
    if (!window.echarts) {
        return;
    }
    document.querySelectorAll('.volunteer-chart').forEach(function (el) {
        var values = el.dataset.values === '' ? [] : el.dataset.values.split(',').map(Number);
        var months = values.map(function (v, i) { return (i + 1) + '月'; });
        echarts.init(el).setOption({
            animation: false,
            title: {text: el.dataset.title, left: 'center', textStyle: {fontSize: 14}},
            tooltip: {trigger: 'axis'},
            grid: {left: 50, right: 20, top: 40, bottom: 30},
            xAxis: {type: 'category', data: months},
            yAxis: {type: 'value', name: '小时'},
            series: [{type: 'bar', data: values, itemStyle: {color: '#b3261e'}}]
        });
    });
})();
