package org.linli.gridwork.patrol;

import jakarta.validation.Valid;

import org.linli.shared.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The running patrol's page sends the phone's positions here in small batches (JSON, with the CSRF header). */
@RestController
class PatrolApi {

    private final PatrolTrack track;

    PatrolApi(PatrolTrack track) {
        this.track = track;
    }

    @PostMapping(path = "/patrols/{id}/positions", consumes = "application/json")
    PatrolTrack.Recorded positions(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                   @RequestBody @Valid PatrolTrack.Positions batch) {
        return track.record(id, batch, user);
    }
}
