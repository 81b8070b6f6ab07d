// The visit form: one need row at first and a button for the next (all five show without
// JavaScript); a need's case category only when it is to become a case.
(function () {
    'use strict';
    function init() {
        var rows = Array.prototype.slice.call(document.querySelectorAll('[data-need-row]'));
        var add = document.getElementById('need-add');
        if (!rows.length || !add) {
            return;
        }
        function filled(row) {
            var text = row.querySelector('input');
            return text && text.value.trim() !== '';
        }
        function showCategory(row) {
            var handling = row.querySelector('.need-handling');
            var category = row.querySelector('.need-category');
            if (handling && category) {
                category.classList.toggle('d-none', handling.value !== 'CASE');
            }
        }
        rows.forEach(function (row, i) {
            if (i > 0 && !filled(row)) {
                row.classList.add('d-none');
            }
            showCategory(row);
            row.querySelector('.need-handling').addEventListener('change', function () { showCategory(row); });
        });
        function update() {
            add.classList.toggle('d-none', !rows.some(function (row) { return row.classList.contains('d-none'); }));
        }
        add.addEventListener('click', function () {
            var next = rows.find(function (row) { return row.classList.contains('d-none'); });
            if (next) {
                next.classList.remove('d-none');
                next.querySelector('input').focus();
            }
            update();
        });
        update();
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
