package org.linli.deliberation.web;

import java.util.List;
import java.util.Map;

import org.linli.audit.AuditLog;
import org.linli.deliberation.Assemblies;
import org.linli.deliberation.Assembly;
import org.linli.deliberation.Basis;
import org.linli.deliberation.Bindings;
import org.linli.deliberation.Quorum;
import org.linli.deliberation.TopicRejected;
import org.linli.deliberation.Topics;
import org.linli.division.Division;
import org.linli.shared.CurrentUser;
import org.linli.shared.Role;
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
 * Meetings on a roll: convening with an agenda, the sign-in desk, opening the vote, the minutes,
 * and the online ballot residents cast from a topic's page in the deliberation hall.
 */
@Controller
class AssemblyController {

    private final Assemblies assemblies;
    private final Topics topics;
    private final Bindings bindings;
    private final AuditLog audit;

    AssemblyController(Assemblies assemblies, Topics topics, Bindings bindings, AuditLog audit) {
        this.assemblies = assemblies;
        this.topics = topics;
        this.bindings = bindings;
        this.audit = audit;
    }

    @GetMapping("/meetings")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long topic, Model model) {
        return list(user, model, topic == null ? Map.of() : Map.of("topics", String.valueOf(topic)), List.of(), Map.of());
    }

    @PostMapping("/meetings")
    String convene(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> form,
                   @RequestParam(name = "topics", required = false) List<Long> topicIds, Model model, RedirectAttributes redirect) {
        long[] created = new long[1];
        Map<String, String> errors;
        try {
            errors = assemblies.convene(form, topicIds, user, created);
        } catch (TopicRejected e) {
            errors = Map.of("basis", e.getMessage());
        }
        if (!errors.isEmpty()) {
            return list(user, model, form, topicIds == null ? List.of() : topicIds, errors);
        }
        redirect.addFlashAttribute("saved", "会议已召集，名册已按会议日从居民登记生成");
        return "redirect:/meetings/" + created[0];
    }

    @GetMapping("/meetings/{id}")
    String desk(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "") String q,
                Model model) {
        Assembly a = assemblies.get(id, user);
        if (user.role() == Role.RESIDENT) {
            return "redirect:/meetings/" + id + "/minutes";
        }
        Assemblies.Attendance attendance = assemblies.attendance(a);
        model.addAttribute("a", a);
        model.addAttribute("items", assemblies.items(id));
        model.addAttribute("attendance", attendance);
        model.addAttribute("quorum", Assemblies.quorum(a, attendance));
        model.addAttribute("q", q);
        model.addAttribute("found", assemblies.searchRoll(id, q, user));
        model.addAttribute("mayRun", user.role() == Role.COMMUNITY_WORKER && a.open());
        return "deliberation/assembly";
    }

    @PostMapping("/meetings/{id}/sign-in")
    String signIn(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long resident,
                  @RequestParam(defaultValue = "") String q, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("saved", assemblies.signIn(id, resident, user));
        } catch (TopicRejected e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/meetings/{id}").queryParam("q", q).encode().buildAndExpand(id).toUriString();
    }

    @PostMapping("/meetings/{id}/sign-in/undo")
    String undoSignIn(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long resident,
                      @RequestParam(defaultValue = "") String q, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("saved", assemblies.undoSignIn(id, resident, user));
        } catch (TopicRejected e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/meetings/{id}").queryParam("q", q).encode().buildAndExpand(id).toUriString();
    }

    @PostMapping("/meetings/{id}/voting")
    String openVoting(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        try {
            assemblies.openVoting(id, user);
            redirect.addFlashAttribute("saved", "已开始表决：已实名认证、在名册上的居民可在线上议事厅投票");
        } catch (TopicRejected e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/cancel")
    String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
                  RedirectAttributes redirect) {
        try {
            assemblies.cancel(id, reason, user);
            redirect.addFlashAttribute("saved", "会议已取消，签到和线上投票不再计入；议题可另行召集会议");
        } catch (TopicRejected e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("typedCancel", reason);
        }
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/close")
    String close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam Map<String, String> form,
                 Model model, RedirectAttributes redirect) {
        Quorum.Verdict verdict;
        try {
            verdict = assemblies.close(id, form, user);
        } catch (TopicRejected e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("typed", form);
            return desk(user, id, "", model);
        }
        redirect.addFlashAttribute("saved", "会议已结束：" + verdict.reason());
        return "redirect:/meetings/" + id + "/minutes";
    }

    @GetMapping("/meetings/{id}/minutes")
    String minutes(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "false") boolean full,
                   Model model) {
        Assemblies.Minutes m = assemblies.minutes(id, user);
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
                model.addAttribute("mine", assemblies.myBallot(voting, me.residentId(), topic).orElse(null));
                model.addAttribute("whyNot", assemblies.whyNot(voting, me.residentId()));
            }
            model.addAttribute("choices", Assemblies.Choice.values());
        }
        return "deliberation/hall-card :: card";
    }

    @PostMapping("/meetings/{id}/ballot")
    String ballot(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long topic,
                  @RequestParam(defaultValue = "") String choice, RedirectAttributes redirect) {
        try {
            assemblies.voteOnline(id, topic, choice, user);
            redirect.addFlashAttribute("saved", "投票成功：" + Assemblies.Choice.valueOf(choice).label() + "。已计入本次会议出席");
        } catch (TopicRejected e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/topics/" + topic;
    }

    private String list(CurrentUser user, Model model, Map<String, String> typed, List<Long> chosen, Map<String, String> errors) {
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
        model.addAttribute("typed", typed);
        model.addAttribute("chosen", chosen.isEmpty() && typed.containsKey("topics")
                ? List.of(Long.parseLong(typed.get("topics"))) : chosen);
        model.addAttribute("errors", errors);
        return "deliberation/assemblies";
    }
}
