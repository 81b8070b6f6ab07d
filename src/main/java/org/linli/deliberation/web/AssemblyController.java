package org.linli.deliberation.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.linli.audit.AuditLog;
import org.linli.deliberation.Bindings;
import org.linli.deliberation.meetings.Assemblies;
import org.linli.deliberation.meetings.Assembly;
import org.linli.deliberation.meetings.Ballots;
import org.linli.deliberation.meetings.Basis;
import org.linli.deliberation.meetings.CancelMeeting;
import org.linli.deliberation.meetings.CastBallot;
import org.linli.deliberation.meetings.CheckIns;
import org.linli.deliberation.meetings.Choice;
import org.linli.deliberation.meetings.CloseMeeting;
import org.linli.deliberation.meetings.Closing;
import org.linli.deliberation.meetings.Cancelling;
import org.linli.deliberation.meetings.ConveneMeeting;
import org.linli.deliberation.meetings.Convening;
import org.linli.deliberation.meetings.Minutes;
import org.linli.deliberation.meetings.Quorum;
import org.linli.deliberation.meetings.SignIns;
import org.linli.deliberation.topics.Topics;
import org.linli.division.Division;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
import org.linli.shared.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Meetings on a roll: convening with an agenda, the sign-in desk, opening the vote, closing,
 * cancelling, the minutes, and the online ballot residents cast from a topic's page in the
 * deliberation hall.
 */
@Controller
class AssemblyController {

    private final Assemblies assemblies;
    private final Convening convening;
    private final SignIns signIns;
    private final Ballots ballots;
    private final Closing closing;
    private final Cancelling cancelling;
    private final Minutes minutes;
    private final Topics topics;
    private final Bindings bindings;
    private final AuditLog audit;
    private final CheckIns checkIns;

    AssemblyController(Assemblies assemblies, Convening convening, SignIns signIns, Ballots ballots, Closing closing,
                       Cancelling cancelling, Minutes minutes, Topics topics, Bindings bindings, AuditLog audit, CheckIns checkIns) {
        this.checkIns = checkIns;
        this.assemblies = assemblies;
        this.convening = convening;
        this.signIns = signIns;
        this.ballots = ballots;
        this.closing = closing;
        this.cancelling = cancelling;
        this.minutes = minutes;
        this.topics = topics;
        this.bindings = bindings;
        this.audit = audit;
    }

    /** The meetings in scope and, for a worker, the form that convenes one (with a topic already chosen, from its page). */
    @GetMapping("/meetings")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long topic, Model model) {
        model.addAttribute("meetings", assemblies.list(user));
        boolean worker = user.role() == Role.COMMUNITY_WORKER;
        model.addAttribute("worker", worker);
        if (worker) {
            Division committee = assemblies.committeeOf(user);
            model.addAttribute("committee", committee);
            model.addAttribute("kinds", Basis.kindsFor(committee.kind()));
            model.addAttribute("bases", Basis.values());
            model.addAttribute("candidates", assemblies.agendaCandidates(user));
        }
        @SuppressWarnings("unchecked")
        List<String> typed = ((Map<String, List<String>>) model.getAttribute("typedValues")).getOrDefault("topics", List.of());
        model.addAttribute("chosen", topic != null ? List.of(topic) : typed.stream().map(Long::valueOf).toList());
        return "deliberation/assemblies";
    }

    @PostMapping("/meetings")
    String convene(@AuthenticationPrincipal CurrentUser user, @Valid ConveneMeeting meeting, RedirectAttributes redirect) {
        long id = convening.convene(meeting, user);
        redirect.addFlashAttribute("saved", "会议已召集，名册已按会议日从居民登记生成");
        return "redirect:/meetings/" + id;
    }

    @GetMapping("/meetings/{id}")
    String desk(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "") String q,
                Model model) {
        Assembly a = assemblies.get(id, user);
        if (user.role() == Role.RESIDENT) {
            return "redirect:/meetings/" + id + "/minutes";
        }
        // After a refused sign-in the desk shows the search it came from.
        Object typedQ = ((Map<?, ?>) model.getAttribute("typed")).get("q");
        String search = q.isEmpty() && typedQ != null ? typedQ.toString() : q;
        Assemblies.Attendance attendance = assemblies.attendance(a);
        model.addAttribute("a", a);
        model.addAttribute("items", assemblies.items(id));
        model.addAttribute("attendance", attendance);
        model.addAttribute("quorum", Assemblies.quorum(a, attendance));
        model.addAttribute("q", search);
        model.addAttribute("found", signIns.search(id, search, user));
        boolean mayRun = user.role() == Role.COMMUNITY_WORKER && a.open();
        model.addAttribute("mayRun", mayRun);
        model.addAttribute("checkInLink", mayRun ? MeetingSignInController.absolute(checkIns.link(id, user)) : "");
        return "deliberation/assembly";
    }

    @PostMapping("/meetings/{id}/sign-in")
    @FormPage(value = "/meetings/{id}", form = "sign-in")
    String signIn(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long resident,
                  @RequestParam(defaultValue = "") String q, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", signIns.signIn(id, resident, user));
        return desk(id, q);
    }

    @PostMapping("/meetings/{id}/sign-in/undo")
    @FormPage(value = "/meetings/{id}", form = "sign-in")
    String undoSignIn(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long resident,
                      @RequestParam(defaultValue = "") String q, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", signIns.undo(id, resident, user));
        return desk(id, q);
    }

    private static String desk(long id, String q) {
        return "redirect:" + UriComponentsBuilder.fromPath("/meetings/{id}").queryParam("q", q).encode().buildAndExpand(id).toUriString();
    }

    @PostMapping("/meetings/{id}/voting")
    @FormPage(value = "/meetings/{id}", form = "voting")
    String openVoting(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        ballots.openVoting(id, user);
        redirect.addFlashAttribute("saved", "已开始表决：已实名认证、在名册上的居民可在线上议事厅投票");
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/cancel")
    @FormPage(value = "/meetings/{id}", form = "cancel")
    String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid CancelMeeting cancel,
                  RedirectAttributes redirect) {
        cancelling.cancel(id, cancel, user);
        redirect.addFlashAttribute("saved", "会议已取消，签到和线上投票不再计入；议题可另行召集会议");
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/close")
    @FormPage(value = "/meetings/{id}", form = "close")
    String close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid CloseMeeting hall,
                 RedirectAttributes redirect) {
        Quorum.Verdict verdict = closing.close(id, hall, user);
        redirect.addFlashAttribute("saved", "会议已结束：" + verdict.reason());
        return "redirect:/meetings/" + id + "/minutes";
    }

    @GetMapping("/meetings/{id}/minutes")
    String minutes(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "false") boolean full,
                   Model model) {
        Minutes.Record m = minutes.of(id, user);
        boolean reveal = full && user.role().mayReveal();
        if (reveal) {
            audit.record("PERSONAL_DATA_REVEAL", m.assembly().title(), m.assembly().divisionPath(), "查看会议记录中出席、缺席人员全名");
        }
        model.addAttribute("m", m);
        model.addAttribute("a", m.assembly());
        model.addAttribute("full", reveal);
        model.addAttribute("mayReveal", user.role().mayReveal());
        return "deliberation/minutes";
    }

    /** The topic page's deliberation-hall card, loaded over htmx: the online ballot, or the meetings on the topic. */
    @GetMapping("/meetings/online")
    String hall(@AuthenticationPrincipal CurrentUser user, @RequestParam long topic, Model model) {
        topics.get(topic, user);
        List<Assembly> onTopic = assemblies.forTopic(topic);
        model.addAttribute("topicId", topic);
        model.addAttribute("meetings", onTopic);
        model.addAttribute("resident", user.role() == Role.RESIDENT);
        model.addAttribute("worker", user.role() == Role.COMMUNITY_WORKER);
        if (user.role() == Role.RESIDENT) {
            Bindings.Bound me = bindings.of(user.accountId()).orElse(null);
            model.addAttribute("bound", me);
            Assembly voting = onTopic.stream().filter(a -> a.status() == Assembly.Status.VOTING).findFirst().orElse(null);
            model.addAttribute("voting", voting);
            if (voting != null && me != null) {
                model.addAttribute("mine", ballots.myBallot(voting, me.residentId(), topic).orElse(null));
                model.addAttribute("whyNot", ballots.whyNot(voting, me.residentId()));
            }
            model.addAttribute("choices", Choice.values());
        }
        return "deliberation/hall-card :: card";
    }

    /** A resident's online ballot; a refusal shows on the topic's page, where the ballot was cast. */
    @PostMapping("/meetings/{id}/ballot")
    @FormPage(value = "/topics/{topic}", form = "ballot")
    String ballot(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid CastBallot ballot,
                  RedirectAttributes redirect) {
        ballots.vote(id, ballot, user);
        redirect.addFlashAttribute("saved", "投票成功：" + ballot.choice().label() + "。已计入本次会议出席");
        return "redirect:/topics/" + ballot.topic();
    }
}
