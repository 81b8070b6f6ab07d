package org.linli.gridwork.visits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.linli.registry.TaggedResidents;
import org.linli.rules.Rule;
import org.linli.rules.RuleBook;
import org.linli.rules.RuleSet;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * How often each group is visited, per region: one rule whose subjects are the tags' codes. The
 * defaults are the issue's (living alone and 80+ weekly; 特困, 低保, disabled and left-behind children
 * monthly; every other group quarterly). 60+ alone is not visited by default: it is a fifth of the
 * population, and the elderly the documents name (living alone, empty nest, very old, poor) carry
 * their own tags; a region may give it a frequency.
 */
@Component
public class VisitRules implements RuleSet, SmartInitializingSingleton {

    private static final String ISSUE = "宁夏〔2017〕关于城乡社区治理的实施意见：网格员定期走访特殊人群；"
            + "常见做法：独居、高龄老人每周，特困、低保、残疾人、留守儿童每月，其他人群每季度";

    public static final Rule<VisitFrequency> FREQUENCY = Rule.of("gridwork.visit-frequency", "走访频次", VisitFrequency::parse,
            VisitFrequency::word, VisitFrequency.QUARTERLY.word(), ISSUE);

    private static final Map<String, VisitFrequency> DEFAULTS = Map.of(
            "LIVING_ALONE", VisitFrequency.WEEKLY, "AGED_80", VisitFrequency.WEEKLY,
            "EXTREME_POVERTY", VisitFrequency.MONTHLY, "SUBSISTENCE", VisitFrequency.MONTHLY,
            "DISABLED", VisitFrequency.MONTHLY, "LEFT_BEHIND_CHILD", VisitFrequency.MONTHLY,
            "AGED_60", VisitFrequency.NONE);

    private final RuleBook book;
    private final TaggedResidents tags;

    VisitRules(RuleBook book, TaggedResidents tags) {
        this.book = book;
        this.tags = tags;
    }

    @Override
    public List<Rule<?>> rules() {
        return List.of(FREQUENCY);
    }

    /** Each tag of the catalogue gets its default once, so that a district may set a value for one group. */
    @Override
    public void afterSingletonsInstantiated() {
        for (TaggedResidents.CatalogueTag tag : tags.catalogue()) {
            VisitFrequency f = DEFAULTS.getOrDefault(tag.code(), VisitFrequency.QUARTERLY);
            book.seed(FREQUENCY, tag.code(), f.word(), f == VisitFrequency.NONE
                    ? "60 岁以上老人本身不定期走访（独居、空巢、高龄、困难老人另有标签）；地区可另行设定" : ISSUE);
        }
    }

    /** The frequency of a tag's visits for a place on a day. */
    public VisitFrequency frequency(String tagCode, String divisionPath, LocalDate day) {
        return book.value(FREQUENCY, tagCode, divisionPath, day);
    }

    @Override
    public String subjectLabel(Rule<?> rule, String subject) {
        return tags.catalogue().stream().filter(t -> t.code().equals(subject)).map(TaggedResidents.CatalogueTag::name)
                .findFirst().orElse(subject);
    }
}
