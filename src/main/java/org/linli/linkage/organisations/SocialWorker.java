package org.linli.linkage.organisations;

import java.util.List;

/** A social worker with their certificate, their organisation and the projects they run. */
public record SocialWorker(long id, String committeePath, String name, CertificateLevel level, String certificateNo,
                           int certifiedYear, String organisationName, List<String> projects) {
}
