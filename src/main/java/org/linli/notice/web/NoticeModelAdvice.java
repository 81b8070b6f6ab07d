package org.linli.notice.web;

import org.linli.notice.Notices;
import org.linli.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The unread count on every page's bell. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class NoticeModelAdvice {

    private final Notices notices;

    NoticeModelAdvice(Notices notices) {
        this.notices = notices;
    }

    @ModelAttribute("unreadNotices")
    Long unread(@AuthenticationPrincipal CurrentUser user) {
        return user == null ? null : notices.unread(user);
    }
}
