package org.linli.workforce.web;

import jakarta.validation.Valid;

import org.linli.division.PlaceNames;
import org.linli.shared.CurrentUser;
import org.linli.workforce.Certificate;
import org.linli.workforce.Degree;
import org.linli.workforce.Post;
import org.linli.workforce.Worker;
import org.linli.workforce.register.Paged;
import org.linli.workforce.register.Register;
import org.linli.workforce.register.WorkerFilter;
import org.linli.workforce.register.WorkerForm;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff register (/workforce): filtered and paged in SQL; the street and the district add workers. */
@Controller
class RegisterController {

    static final int PAGE = 20;

    private final Register register;
    private final PlaceNames placeNames;

    RegisterController(Register register, PlaceNames placeNames) {
        this.register = register;
        this.placeNames = placeNames;
    }

    @GetMapping("/workforce")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String place,
                @RequestParam(required = false) Post post, @RequestParam(defaultValue = "") String name,
                @RequestParam(defaultValue = "0") int page, Model model) {
        String placePath = register.filterPath(place, user);
        Paged<Worker> workers = register.list(user, new WorkerFilter(placePath, post, name), Math.max(0, page), PAGE);
        model.addAttribute("workers", workers);
        model.addAttribute("places", placeNames.labels(workers.rows().stream().map(Worker::divisionPath).toList()));
        model.addAttribute("place", place);
        model.addAttribute("post", post);
        model.addAttribute("name", name);
        model.addAttribute("posts", Post.values());
        model.addAttribute("degrees", Degree.values());
        model.addAttribute("certificates", Certificate.values());
        model.addAttribute("mayEdit", Register.mayEdit(user));
        model.addAttribute("own", register.own(user).orElse(null));
        model.addAttribute("base", "/workforce?place=" + place + "&name=" + name + (post == null ? "" : "&post=" + post));
        if (!model.containsAttribute("worker")) {
            model.addAttribute("worker", WorkerForm.empty());
        }
        return "workforce/register";
    }

    @PostMapping("/workforce")
    String add(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("worker") WorkerForm form, RedirectAttributes redirect) {
        long id = register.add(form, user);
        redirect.addFlashAttribute("saved", "已登记：" + form.name());
        return "redirect:/workforce/" + id;
    }
}
