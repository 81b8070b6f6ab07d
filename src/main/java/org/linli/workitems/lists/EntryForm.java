package org.linli.workitems.lists;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An entry as typed on the draft's page or read from an imported row.
 *
 * @param keywords other words for the matter, separated by 、 or commas
 */
public record EntryForm(
        @NotBlank(message = "{workitems.list.title.required}") @Size(max = 200, message = "{workitems.list.title.size}") String title,
        @Size(max = 4000, message = "{workitems.list.content.size}") String content,
        @NotBlank(message = "{workitems.list.basis.required}") @Size(max = 400, message = "{workitems.list.basis.size}") String basis,
        @NotBlank(message = "{workitems.list.authority.required}") @Size(max = 100, message = "{workitems.list.authority.size}") String authority,
        @Size(max = 400, message = "{workitems.list.keywords.size}") String keywords) {
}
