/**
 * The four lists of a district (事项清单): their versions, the draft its administrators edit, import
 * and export, and the lists in force for the rest of the module. Named interface {@code lists}: the
 * demo publishes the demo district's lists through {@link org.linli.workitems.lists.WorkListEditing#seed}.
 */
@org.springframework.modulith.NamedInterface("lists")
package org.linli.workitems.lists;
