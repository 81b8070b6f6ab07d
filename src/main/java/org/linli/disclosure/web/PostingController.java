package org.linli.disclosure.web;

import jakarta.validation.Valid;

import java.util.List;

import org.linli.disclosure.Correction;
import org.linli.disclosure.Corrections;
import org.linli.disclosure.Posting;
import org.linli.disclosure.PostingForm;
import org.linli.disclosure.Postings;
import org.linli.disclosure.Withdrawal;
import org.linli.division.Division;
import org.linli.shared.CurrentUser;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
    private final Corrections corrections;

    PostingController(Postings postings, Corrections corrections) {
        this.postings = postings;
        this.corrections = corrections;
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

    /** A posting with its versions, and the forms that correct or withdraw it while it is current. */
    @GetMapping("/disclosure/{code}/postings/{id}")
    String posting(@ModelAttribute(name = "board", binding = false) Division board, @PathVariable long id, Model model) {
        List<Posting> versions = corrections.versions(board, id);
        Posting shown = corrections.posting(board, id);
        model.addAttribute("committee", board);
        model.addAttribute("posting", shown);
        model.addAttribute("versions", versions);
        model.addAttribute("files", corrections.attachments(versions.stream().map(Posting::id).toList()));
        return "disclosure/posting";
    }

    @PostMapping("/disclosure/{code}/postings/{id}/correct")
    @FormPage(value = "/disclosure/{code}/postings/{id}", form = "correct")
    String correct(@AuthenticationPrincipal CurrentUser user, @ModelAttribute(name = "board", binding = false) Division board,
                   @PathVariable long id, @Valid Correction correction, RedirectAttributes redirect) {
        long next = corrections.correct(board, id, correction, user);
        redirect.addFlashAttribute("saved", "已更正：公开栏显示新版本并注明更正原因，原版本留档可查");
        return "redirect:/disclosure/" + board.code() + "/postings/" + next;
    }

    @PostMapping("/disclosure/{code}/postings/{id}/withdraw")
    @FormPage(value = "/disclosure/{code}/postings/{id}", form = "withdraw")
    String withdraw(@AuthenticationPrincipal CurrentUser user, @ModelAttribute(name = "board", binding = false) Division board,
                    @PathVariable long id, @Valid Withdrawal withdrawal, RedirectAttributes redirect) {
        corrections.withdraw(board, id, withdrawal, user);
        redirect.addFlashAttribute("saved", "已撤回：公开栏注明撤回原因和日期，记录留档");
        return "redirect:/disclosure/" + board.code() + "/postings/" + id;
    }
}
