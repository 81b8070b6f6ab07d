package org.linli.casework.open311;

import org.linli.casework.CaseView;
import org.linli.casework.Channel;
import org.linli.casework.internal.CaseReads;
import org.linli.casework.internal.Tracking;
import org.linli.shared.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The photos behind {@code media_url}: those of a request that anyone may read through Open311
 * (it came in through Open311, in the jurisdiction), and of those only what the reporter sees on
 * the tracking page — their own photos and those of the answers ({@link Tracking}). Photos of
 * cases from other channels have no public address, so their {@code media_url} is null.
 */
@Controller
@RequestMapping("/open311/v2")
class MediaController {

    private final RequestFeed feed;
    private final Jurisdiction jurisdiction;
    private final Tracking tracking;

    MediaController(RequestFeed feed, Jurisdiction jurisdiction, Tracking tracking) {
        this.feed = feed;
        this.jurisdiction = jurisdiction;
        this.tracking = tracking;
    }

    /** The public address of a case's photo, or null when it has none anyone may see. */
    static String url(Channel channel, String number, Long photoId) {
        if (photoId == null || channel != Channel.OPEN311) {
            return null;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2/media/{number}/{photo}")
                .buildAndExpand(number, photoId).toUriString();
    }

    @GetMapping("/media/{number}/{photo}")
    ResponseEntity<byte[]> photo(@PathVariable String number, @PathVariable long photo) {
        RequestFeed.Row row = feed.byNumber(new RequestFeed.Visibility(new org.linli.shared.DataScope(jurisdiction.path()),
                Channel.OPEN311), number).orElseThrow(() -> new NotFoundException("open311 media " + number));
        CaseView c = tracking.get(row.trackingCode());
        CaseReads.Photo p = tracking.reporterPhoto(c, photo);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.contentType()))
                .cacheControl(CacheControl.noCache()).header("X-Content-Type-Options", "nosniff").body(p.data());
    }
}
