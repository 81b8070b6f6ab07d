package org.linli.workitems.lists;

import java.util.List;

/**
 * One list of a district as its page shows it: the version in force today with its entries, the
 * version asked for (an older one, or the one in force), every version, and the draft being edited.
 *
 * @param shown        the version whose entries are shown (the one in force unless another was asked for), or null
 * @param shownEntries its entries
 * @param draft        the draft, or null
 * @param draftEntries the draft's entries
 * @param editable     whether the user may edit the draft and publish it
 */
public record ListView(String districtPath, String districtName, ListKind kind, WorkList inForce, WorkList shown,
                       List<ListEntry> shownEntries, List<WorkList> versions, WorkList draft, List<ListEntry> draftEntries,
                       boolean editable) {
}
