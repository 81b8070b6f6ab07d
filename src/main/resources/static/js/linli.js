// htmx requests carry the CSRF token that Spring Security expects on every write.
document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});

// Tree nodes: the first click loads the children (htmx), later clicks show or hide them.
function linliToggle(button) {
    var list = button.parentElement.querySelector(':scope > ul');
    var open = button.getAttribute('aria-expanded') === 'true';
    button.setAttribute('aria-expanded', String(!open));
    button.textContent = open ? '+' : '\u2212';
    list.classList.toggle('d-none', open);
}
