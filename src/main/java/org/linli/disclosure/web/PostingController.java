package org.linli.disclosure.web;

import jakarta.validation.Valid;

import org.linli.disclosure.PostingForm;
import org.linli.disclosure.Postings;
import org.linli.division.Division;
import org.linli.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A committee's staff post on its board. The board is looked up first, so a board outside the
 * user's scope is not found (404) before any field of the form is read; a refused form is shown
 * again on the board by {@link DisclosureRefusals}.
 */
@Controller
class PostingController {

    private final Postings postings;

    PostingController(Postings postings) {
        this.postings = postings;
    }

    @ModelAttribute("board")
    Division board(@AuthenticationPrincipal CurrentUser user, @PathVariable String code) {
        return postings.board(code, user);
    }

    @PostMapping("/disclosure/{code}")
    String publish(@AuthenticationPrincipal CurrentUser user, @ModelAttribute(name = "board", binding = false) Division board,
                   @Valid PostingForm form, RedirectAttributes redirect) {
        postings.publish(board, form, user);
        redirect.addFlashAttribute("saved", "已公开，公示期内居民可在公开栏查看");
        return "redirect:/disclosure/" + board.code();
    }
}
