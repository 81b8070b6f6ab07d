// The place picker (issue #12): a field where people type a place's name and pick it from a list;
// the form sends the place's code. Markup, in any form:
//   <div class="place-picker" data-place-picker data-levels="COMMITTEE,GRID,ESTATE,BUILDING">
//     <input name="placeCode" value="(code or typed text)" data-place-label="(names along its path)">
//     <div class="list-group place-options"></div>
//   </div>
// The input's name moves to a hidden input holding the code (or, until a place is picked, what was
// typed, which the server reads as a name); the visible input shows names. Without this script the
// field still takes a code or a name.
(function () {
    'use strict';

    function setUp(picker) {
        var input = picker.querySelector('input:not([type=hidden])');
        var options = picker.querySelector('.place-options');
        if (!input || !options || picker.dataset.placeReady) {
            return;
        }
        picker.dataset.placeReady = 'true';
        var hidden = document.createElement('input');
        hidden.type = 'hidden';
        hidden.name = input.name;
        hidden.value = input.value;
        hidden.setAttribute('data-testid', (input.getAttribute('data-testid') || 'place') + '-code');
        input.removeAttribute('name');
        input.setAttribute('autocomplete', 'off');
        input.setAttribute('role', 'combobox');
        input.setAttribute('aria-expanded', 'false');
        if (input.dataset.placeLabel) {
            input.value = input.dataset.placeLabel;
        }
        picker.appendChild(hidden);

        var timer = null;
        var active = -1;
        var asked = 0;

        function close() {
            options.replaceChildren();
            options.classList.remove('show');
            input.setAttribute('aria-expanded', 'false');
            active = -1;
        }

        function pick(place) {
            hidden.value = place.code;
            input.value = place.label;
            input.dataset.placeLabel = place.label;
            picker.dataset.picked = place.code;
            close();
            input.dispatchEvent(new Event('change', {bubbles: true}));
        }

        function show(places) {
            options.replaceChildren();
            if (!places.length) {
                var none = document.createElement('div');
                none.className = 'list-group-item small text-muted';
                none.textContent = '没有找到，请换个名称再试';
                none.setAttribute('data-testid', 'place-none');
                options.appendChild(none);
            }
            places.forEach(function (place) {
                var item = document.createElement('button');
                item.type = 'button';
                item.className = 'list-group-item list-group-item-action';
                item.setAttribute('data-testid', 'place-option');
                item.setAttribute('data-code', place.code);
                var name = document.createElement('span');
                name.textContent = place.label;
                var level = document.createElement('span');
                level.className = 'badge text-bg-light ms-2';
                level.textContent = place.levelLabel;
                item.appendChild(name);
                item.appendChild(level);
                item.addEventListener('mousedown', function (event) {
                    event.preventDefault(); // keep the focus, so blur does not close the list first
                });
                item.addEventListener('click', function () {
                    pick(place);
                });
                options.appendChild(item);
            });
            options.classList.add('show');
            input.setAttribute('aria-expanded', 'true');
            active = -1;
        }

        function search() {
            var text = input.value.trim();
            if (!text) {
                close();
                return;
            }
            var mine = ++asked;
            var url = (picker.dataset.placeUrl || '/api/places') + '?q=' + encodeURIComponent(text.slice(0, 50))
                + (picker.dataset.levels ? '&levels=' + encodeURIComponent(picker.dataset.levels) : '');
            fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
                .then(function (answer) { return answer.ok ? answer.json() : []; })
                .then(function (places) {
                    if (mine === asked) {
                        show(places);
                    }
                })
                .catch(function () { close(); });
        }

        input.addEventListener('input', function () {
            hidden.value = input.value.trim(); // read as a name by the server until a place is picked
            delete picker.dataset.picked;
            clearTimeout(timer);
            timer = setTimeout(search, 200);
        });
        input.addEventListener('keydown', function (event) {
            var items = options.querySelectorAll('[data-testid=place-option]');
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                if (!items.length) {
                    return;
                }
                event.preventDefault();
                active = (active + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
                items.forEach(function (item, i) { item.classList.toggle('active', i === active); });
            } else if (event.key === 'Enter' && options.classList.contains('show')) {
                event.preventDefault();
                var chosen = items[active >= 0 ? active : 0];
                if (chosen) {
                    chosen.click();
                }
            } else if (event.key === 'Escape') {
                close();
            }
        });
        input.addEventListener('blur', function () {
            setTimeout(close, 150);
        });
    }

    function setUpAll(root) {
        (root || document).querySelectorAll('[data-place-picker]').forEach(setUp);
    }

    document.addEventListener('DOMContentLoaded', function () { setUpAll(document); });
    document.addEventListener('htmx:load', function (event) { setUpAll(event.target); });
})();
