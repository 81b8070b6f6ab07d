/**
 * Public consultation on drafts (意见征集): staff publish a draft in numbered paragraphs with a
 * deadline, the residents of its division comment on a paragraph or a passage, and after the
 * deadline every comment is answered (its author notified) before the feedback report can be
 * published. Open drafts and published reports are public at a shareable address with a QR code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consultation", allowedDependencies = {"division", "audit", "notice"})
package org.linli.consultation;
