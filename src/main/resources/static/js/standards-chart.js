// The facility standards' chart (services/standards.html), from the element's data attributes (no
// inline script: the CSP): the streets' day-care coverage against the rule's line, or, for a
// committee, its service floor area against what the rules ask.
(function () {
    if (!window.echarts) { return; }
    document.querySelectorAll('.standards-chart').forEach(function (el) {
        var names = el.dataset.names ? el.dataset.names.split('|') : [];
        var values = el.dataset.values ? el.dataset.values.split(',').map(Number) : [];
        var streets = el.dataset.kind === 'streets';
        var series = [{name: streets ? '日间照料覆盖率' : '服务用房', type: 'bar', data: values, barMaxWidth: 48, itemStyle: {color: '#0d6efd'},
            label: {show: names.length <= 12, position: 'top', formatter: streets ? '{c}%' : '{c}', fontSize: 10}}];
        if (streets && el.dataset.line) {
            series[0].markLine = {symbol: 'none', lineStyle: {color: '#dc3545', type: 'dashed'},
                data: [{yAxis: Number(el.dataset.line), label: {formatter: '标准 {c}%'}}]};
        } else if (!streets && el.dataset.required) {
            series.push({name: '应有面积', type: 'bar', barMaxWidth: 48, data: el.dataset.required.split(',').map(Number), itemStyle: {color: '#adb5bd'}});
        }
        echarts.init(el).setOption({
            animation: false,
            title: {text: streets ? '各街道社区日间照料机构覆盖率' : '社区服务用房面积（m²）', left: 'center', textStyle: {fontSize: 14}},
            tooltip: {trigger: 'axis'},
            legend: {bottom: 0, show: !streets},
            grid: {left: 50, right: 70, top: 40, bottom: 80},
            xAxis: {type: 'category', data: names, axisLabel: {rotate: 30, interval: 0, fontSize: 11}},
            yAxis: {type: 'value', name: streets ? '%' : 'm²', max: streets ? 100 : null},
            series: series
        });
    });
})();
