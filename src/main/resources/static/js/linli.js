// htmx requests carry the CSRF token that Spring Security expects on every write.
document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});

// No inline handlers (the Content-Security-Policy allows no inline script): buttons say what
// they do in data attributes, handled here. data-confirm asks first; data-print prints the page.
document.addEventListener('click', function (event) {
    var confirming = event.target.closest('[data-confirm]');
    if (confirming && !window.confirm(confirming.dataset.confirm)) {
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
    }
    if (event.target.closest('[data-print]')) {
        window.print();
    }
    var toggle = event.target.closest('[data-tree-toggle]');
    if (toggle) {
        linliToggle(toggle);
    }
});

// Tree nodes: the first click loads the children (htmx), later clicks show or hide them. The load
// is asked for here rather than by an htmx trigger on the button, so a click on a node htmx has
// only just swapped in (not yet processed) still loads its children.
function linliToggle(button) {
    var list = button.parentElement.querySelector(':scope > ul');
    var open = button.getAttribute('aria-expanded') === 'true';
    if (!open && !button.hasAttribute('hx-get') && !button.hasAttribute('data-loaded')) {
        button.setAttribute('data-loaded', '');
        htmx.ajax('GET', button.dataset.children, {target: list, swap: 'innerHTML'});
    }
    button.setAttribute('aria-expanded', String(!open));
    button.textContent = open ? '+' : '\u2212';
    list.classList.toggle('d-none', open);
}
