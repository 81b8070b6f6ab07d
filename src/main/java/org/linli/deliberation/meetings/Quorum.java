package org.linli.deliberation.meetings;

import org.linli.shared.Refusal;

/**
 * Whether a meeting may decide, and whether an item passed. A meeting without quorum records no
 * decision; every decision needs more than half of those present (abstentions count as present,
 * so they weigh like votes against).
 */
public final class Quorum {

    /** The outcome of a check, with the reason in Chinese for the minutes and the screen. */
    public record Verdict(boolean met, String reason) {
    }

    private Quorum() {
    }

    /**
     * Attendance of a meeting. {@code entitled} and {@code present} count people (residents 18+,
     * representatives, members); for a villagers' meeting attended by household representatives,
     * {@code households} and {@code householdsRepresented} count households instead.
     */
    public static Verdict check(MeetingKind kind, long entitled, long present, long households, long householdsRepresented) {
        if (entitled < 0 || present < 0 || present > entitled || householdsRepresented > households || householdsRepresented < 0) {
            throw Refusal.ofField("present", "deliberation.quorum.impossible");
        }
        if (kind == MeetingKind.VILLAGERS_MEETING && households > 0
                && MeetingKind.Threshold.TWO_THIRDS_OR_MORE.met(householdsRepresented, households)) {
            return new Verdict(true, "本村三分之二以上的户（" + householdsRepresented + "/" + households + "）派代表参加，符合法定人数");
        }
        if (entitled == 0) {
            return new Verdict(false, "应到人数为 0，不能开会");
        }
        boolean met = kind.quorum().met(present, entitled);
        String counted = "应到 " + entitled + " 人，实到 " + present + " 人";
        return met ? new Verdict(true, counted + "，" + kind.quorum().reached() + "，符合法定人数")
                : new Verdict(false, counted + "，未达到" + kind.quorum().share() + "，不能作出决定");
    }

    /** An item passes with more than half of those present voting for it. */
    public static Verdict passes(long present, long forVotes, long against, long abstaining) {
        if (forVotes < 0 || against < 0 || abstaining < 0 || forVotes + against + abstaining > present) {
            throw Refusal.ofField("votesFor", "deliberation.quorum.votes-impossible");
        }
        boolean passed = 2 * forVotes > present;
        String counted = "出席 " + present + " 人，赞成 " + forVotes + "、反对 " + against + "、弃权 " + abstaining;
        return new Verdict(passed, counted + (passed ? "，赞成票过出席人数半数，通过" : "，赞成票未过出席人数半数，未通过"));
    }
}
