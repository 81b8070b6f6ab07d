(function () {
    var el = document.getElementById('households-chart');
    if (!el || !window.echarts) { return; }
    var names = el.dataset.names.split('|');
    var values = el.dataset.values.split(',').map(Number);
    var split = Number(el.dataset.split), merge = Number(el.dataset.merge);
    echarts.init(el).setOption({
        title: {text: '各居村委会户数', left: 'center', textStyle: {fontSize: 14}},
        grid: {left: 50, right: 20, top: 40, bottom: 30},
        tooltip: {trigger: 'axis'},
        xAxis: {type: 'category', data: names, axisLabel: {show: false}},
        yAxis: {type: 'value', name: '户'},
        series: [{
            type: 'bar', data: values.map(function (v) {
                return {value: v, itemStyle: {color: v > split ? '#b3261e' : v < merge ? '#e0a100' : '#5b8def'}};
            }),
            markLine: {symbol: 'none', data: [{yAxis: split, name: '拆分线'}, {yAxis: merge, name: '合并线'}],
                label: {formatter: '{b} {c}'}}
        }]
    });
})();
