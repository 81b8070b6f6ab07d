package org.linli.access.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model) {
        if (error != null) {
            // The kind of refusal, one of a closed set, for tests and styles (never the raw parameter).
            model.addAttribute("errorKind", switch (error) {
                case "locked", "disabled", "expired" -> error;
                default -> "bad";
            });
            model.addAttribute("error", switch (error) {
                case "locked" -> "连续输错密码次数过多，暂停登录，请稍后再试或联系管理员";
                case "disabled" -> "账户已停用，请联系管理员";
                case "expired" -> "账户已停用、调整，或密码已修改，请重新登录";
                default -> "用户名或密码错误";
            });
        }
        return "access/login";
    }
}
