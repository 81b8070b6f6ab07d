package org.linli.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each table belongs to one module, and only that module's SQL names it; other modules ask the
 * owner through its public face or react to its events. The map below is the ownership; a new
 * table must be given an owner here before any code may use it.
 */
class TableOwnershipTest {

    static final Map<String, Set<String>> OWNERS = Map.ofEntries(
            Map.entry("audit", Set.of("audit_log", "audit_chain")),
            Map.entry("platform", Set.of("event_publication", "shedlock")),
            Map.entry("division", Set.of("division", "committee_profile", "sizing_rule", "division_shape", "division_shape_version")),
            Map.entry("access", Set.of("account")),
            Map.entry("registry", Set.of("dwelling", "dwelling_change", "household", "resident", "resident_change", "tag",
                    "resident_tag", "organisation", "committee_entity", "identifier_search", "birthday_run")),
            Map.entry("casework", Set.of("case_category", "case_record", "case_log", "case_summons", "case_rating",
                    "case_attachment", "case_open311", "case_overdue", "case_extension", "department", "department_member", "work_period",
                    "work_calendar_day", "api_key", "case_tally", "case_tally_delta")),
            Map.entry("notice", Set.of("notification", "notification_read", "notification_reader", "outbound_message")),
            Map.entry("deliberation", Set.of("topic", "topic_stage", "matter", "meeting", "meeting_attempt", "meeting_vote",
                    "assembly", "assembly_item", "assembly_roll", "ballot", "ballot_choice", "representative",
                    "resident_account", "binding_attempt", "implementation_task", "topic_evaluation", "topic_rectification")),
            Map.entry("consultation", Set.of("consultation", "consultation_paragraph", "consultation_comment")),
            Map.entry("disclosure", Set.of("disclosure_item", "disclosure_posting", "disclosure_resolution", "disclosure_attachment", "disclosure_project")),
            Map.entry("rules", Set.of("rule_value")),
            Map.entry("gridwork", Set.of("patrol", "patrol_point", "patrol_building", "patrol_finding", "patrol_day",
                    "patrol_month_building", "patrol_month", "grid_meeting", "grid_meeting_attendee", "grid_meeting_matter",
                    "visit_subject", "visit", "visit_need", "visit_photo")),
            Map.entry("benefits", Set.of("benefit", "benefit_rule", "benefit_enrolment", "benefit_match", "benefit_outreach")),
            Map.entry("workitems", Set.of("work_list", "work_list_entry", "certificate_request", "work_item", "unadmitted_report",
                    "burden_item")),
            Map.entry("reports", Set.of("report_template", "report_field", "report_request", "report_form", "report_value",
                    "report_step")),
            Map.entry("services", Set.of("service_facility", "service_item", "errand", "errand_step", "day_care_serves")),
            Map.entry("volunteers", Set.of("volunteer", "volunteer_activity", "volunteer_signup", "volunteer_attendance",
                    "volunteer_bank_entry")),
            Map.entry("linkage", Set.of("linkage_need", "linkage_resource", "linkage_organisation", "linkage_social_worker", "linkage_project",
                    "linkage_project_partner", "linkage_project_worker", "linkage_fund_entry")),
            Map.entry("conventions", Set.of("convention", "points_rule", "points_entry", "points_contest", "honour_entry", "star_household")),
            Map.entry("workforce", Set.of("community_worker", "pay_table", "pay_table_basic", "pay_table_step", "worker_pay_change",
                    "worker_training", "worker_appraisal", "worker_reward")),
            Map.entry("emergency", Set.of("emergency_member", "emergency_declaration", "emergency_reach", "emergency_plan",
                    "emergency_plan_section", "emergency_drill", "emergency_reserve")));

    private static final Pattern TABLE = Pattern.compile(
            "(?i)\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+(?:ONLY\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern CREATED = Pattern.compile("(?i)CREATE TABLE (?:IF NOT EXISTS )?([a-z_][a-z0-9_]*)");

    @Test
    void everyTableOfTheSchemaHasAnOwner() throws IOException {
        Set<String> owned = new TreeSet<>();
        OWNERS.values().forEach(owned::addAll);
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path file : files.toList()) {
                Matcher m = CREATED.matcher(Files.readString(file));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(owned).as("tables with an owner").containsAll(created);
        assertThat(created).as("owned tables that the migrations create").containsAll(owned);
    }

    @Test
    void aModulesSqlNamesOnlyItsOwnTables() throws IOException {
        Map<String, String> ownerOf = new HashMap<>();
        OWNERS.forEach((module, tables) -> tables.forEach(t -> ownerOf.put(t, module)));
        List<String> where = new ArrayList<>();
        Path root = Path.of("src/main/java/org/linli");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String module = root.relativize(file).getName(0).toString();
                for (String literal : SourceFiles.stringLiterals(file)) {
                    Matcher m = TABLE.matcher(literal);
                    while (m.find()) {
                        String owner = ownerOf.get(m.group(1).toLowerCase(Locale.ROOT));
                        if (owner != null && !owner.equals(module)) {
                            where.add(module + " -> " + owner + "." + m.group(1).toLowerCase(Locale.ROOT) + " in "
                                    + file.getFileName());
                        }
                    }
                }
            }
        }
        assertThat(where).as("SQL naming another module's table (ask its face or listen to its events)").isEmpty();
    }
}
