/**
 * Notifications: in-app messages addressed to a role at a division, to a department or to one
 * account, and outbound messages (SMS, e-mail) written to an outbox in the same transaction and
 * delivered by a {@link org.linli.notice.MessageGateway}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = {"registry"})
package org.linli.notice;
