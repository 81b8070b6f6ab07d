package org.linli.platform;

import org.linli.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows the signed-in user's scope, so links outside it are not offered. */
@ControllerAdvice(annotations = Controller.class)
class ScopeModelAdvice {

    @ModelAttribute("scopePath")
    String scopePath(@AuthenticationPrincipal CurrentUser user) {
        return user == null ? "/" : user.scope().path();
    }
}
