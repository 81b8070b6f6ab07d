package org.linli.workitems;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A department's application to place work on committees (社区公共事项申请准入审批表): what, on
 * which legal basis, on which committees, for how long, and the funding that goes with it (费随事转).
 *
 * @param kind          what sort of work it is
 * @param title         the work's name
 * @param content       what the committees would do
 * @param basis         the law or document it rests on
 * @param targetPaths   division paths whose committees would carry it (a street's path for all its committees)
 * @param startsOn      the first day
 * @param endsOn        the last day, or null for work without an end
 * @param funding       the money sent with the work, in yuan (0 when none)
 * @param fundingSource where the money comes from (专项经费, 政府购买服务, …)
 * @param sourceRef     the applying module's own reference ({@code report-template:12}), or null
 */
public record WorkItemApplication(
        @NotNull(message = "{workitems.kind.required}") WorkItemKind kind,
        @NotBlank(message = "{workitems.title.required}") @Size(max = 100, message = "{workitems.title.size}") String title,
        @NotBlank(message = "{workitems.content.required}") @Size(max = 2000, message = "{workitems.content.size}") String content,
        @NotBlank(message = "{workitems.basis.required}") @Size(max = 400, message = "{workitems.basis.size}") String basis,
        @NotEmpty(message = "{workitems.targets.required}") List<String> targetPaths,
        @NotNull(message = "{workitems.starts.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
        @NotNull(message = "{workitems.funding.required}") @DecimalMin(value = "0", message = "{workitems.funding.negative}") BigDecimal funding,
        @Size(max = 100, message = "{workitems.funding-source.size}") String fundingSource,
        String sourceRef) {
}
