package org.linli.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.linli.shared.Refusal;
import org.linli.shared.web.FormPage;
import org.linli.shared.web.RefusalAdvice;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

/** A page with two forms and an API, to test how refusals come back to the user. */
final class FormsUnderTest {

    private FormsUnderTest() {
    }

    record Sample(@NotBlank(message = "{access.username.required}") String username, String password, String note) {
    }

    @Controller
    static class Page {

        @GetMapping("/platform-test/form")
        String show(@RequestParam(defaultValue = "first") String tab, Model model) {
            model.addAttribute("tab", tab);
            return "platform-test/form";
        }

        @PostMapping("/platform-test/form")
        String save(@Valid @ModelAttribute("sample") Sample sample) {
            if (sample.username().equals("taken")) {
                throw Refusal.ofField("username", "access.username.taken", sample.username());
            }
            return "redirect:/platform-test/form";
        }

        @PostMapping("/platform-test/second")
        @FormPage(value = "/platform-test/form?tab={tab}", form = "second")
        String second(@RequestParam String tab) {
            throw Refusal.of("access.grid.only-grid-workers");
        }

        @GetMapping("/platform-test/clock")
        @ResponseBody
        String clock(@ModelAttribute("today") Object today) {
            return String.valueOf(today);
        }
    }

    @RestController
    static class Api {

        @PostMapping("/platform-test/api")
        String save(@Valid Sample sample) {
            throw Refusal.ofField("username", "access.username.taken", sample.username());
        }
    }

    @ControllerAdvice(basePackages = "org.linli.platform")
    static class Refusals extends RefusalAdvice {

        Refusals(ApplicationContext context) {
            super(context);
        }
    }
}
