// A draft for comment: selecting words inside a paragraph fills the comment form with that
// paragraph and the selected passage; "对本段提意见" comments on the whole paragraph.
(function () {
    var form = document.getElementById('comment-form');
    if (!form) {
        return;
    }
    var paragraph = form.querySelector('#paragraph');
    var passage = form.querySelector('#passage');

    function paragraphOf(node) {
        var el = node && (node.nodeType === 1 ? node : node.parentElement);
        return el ? el.closest('[data-paragraph]') : null;
    }

    document.addEventListener('selectionchange', function () {
        var selection = document.getSelection();
        if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
            return;
        }
        var start = paragraphOf(selection.anchorNode);
        var text = selection.toString().replace(/\s+/g, ' ').trim();
        // Only a selection within one paragraph is a passage of it.
        if (!start || start !== paragraphOf(selection.focusNode) || !text) {
            return;
        }
        paragraph.value = start.getAttribute('data-paragraph');
        passage.value = text;
    });

    document.addEventListener('click', function (event) {
        var button = event.target.closest('[data-comment-on]');
        if (!button) {
            return;
        }
        paragraph.value = button.getAttribute('data-comment-on');
        passage.value = '';
        form.scrollIntoView({behavior: 'smooth'});
        form.querySelector('#body').focus({preventScroll: true});
    });
})();
