package org.linli.workforce.growth;

import java.time.LocalDate;

/** An honour or reward (奖励、荣誉) and who gave it. */
public record Reward(long id, long workerId, LocalDate awardedOn, String title, String awardedBy) {
}
