/**
 * Public consultation on drafts (意见征集): staff publish a draft in numbered paragraphs with a
 * deadline, the residents of its division comment on a paragraph or a passage, and after the
 * deadline every comment is answered before the feedback report can be published.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consultation", allowedDependencies = {"division", "audit"})
package org.linli.consultation;
