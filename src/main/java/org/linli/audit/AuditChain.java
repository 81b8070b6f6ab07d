package org.linli.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.linli.shared.DataScope;
import org.linli.shared.Times;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies the audit log's hash chain (migration V28): each row's hash is sha256 of the previous
 * row's hash and the row's canonical content, sealed by the database as its transaction commits.
 * Recomputing it here, independently of the database's functions, finds a row altered (its content
 * no longer gives its hash), removed (a gap in the sequence, or a chain shorter than its head) or
 * inserted (a row without a seal, a repeated or extra sequence number, or a link that skips it).
 */
@Service
public class AuditChain {

    /** How many breaks a verification lists; the first is the one that matters. */
    static final int LISTED = 20;
    private static final byte[] GENESIS = new byte[32];

    private final ChainStore store;

    AuditChain(ChainStore store) {
        this.store = store;
    }

    /** Checks the whole chain; breaks in rows outside {@code scope} are named without their content. */
    @Transactional(readOnly = true)
    public Verification verify(DataScope scope) {
        Walk walk = new Walk(scope);
        store.each(walk::next);
        ChainStore.Head head = store.head().orElse(new ChainStore.Head(0, GENESIS));
        walk.end(head);
        return new Verification(walk.checked, head.seq(), HexFormat.of().formatHex(head.hash()), walk.breaks, walk.total);
    }

    /**
     * Whether the chain still holds a head noted down earlier ({@code seq:hash}, as the command
     * prints it). Whoever can rewrite the database can also recompute every hash after a change;
     * a head kept elsewhere is what they cannot recompute.
     */
    @Transactional(readOnly = true)
    public boolean holds(String anchor) {
        String[] parts = anchor.trim().split(":", 2);
        if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("[0-9a-fA-F]{64}")) {
            return false;
        }
        byte[] expected = HexFormat.of().parseHex(parts[1]);
        return store.hashAt(Long.parseLong(parts[0])).map(h -> Arrays.equals(h, expected)).orElse(false);
    }

    /** The digest of one row, as the database's audit_log_digest computes it. */
    static byte[] digest(byte[] prev, long seq, ChainStore.Row r) {
        String canonical = field(Long.toString(seq)) + field(Long.toString(r.id())) + field(Long.toString(r.atMicros()))
                + field(r.actor()) + field(r.action()) + field(r.target()) + field(r.scopePath()) + field(r.detail());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(prev);
            return sha.digest(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String field(String value) {
        return value == null ? "~" : value.getBytes(StandardCharsets.UTF_8).length + ":" + value;
    }

    public enum Kind {
        ALTERED("被篡改"), REMOVED("被删除"), INSERTED("被插入");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** One place where the chain does not hold; the row's content only when it lies in the reader's scope. */
    public record Break(Kind kind, Long seq, long id, LocalDateTime at, String actor, String action, String target,
                        boolean inScope, String what) {

        public String actionLabel() {
            return action == null ? "" : AuditLog.ACTIONS.getOrDefault(action, action);
        }
    }

    /** The outcome: rows checked, the head, and the breaks found (the first {@value #LISTED}; {@code total} of all). */
    public record Verification(long checked, long headSeq, String headHash, List<Break> breaks, int total) {

        public boolean intact() {
            return total == 0;
        }

        public Break first() {
            return breaks.isEmpty() ? null : breaks.getFirst();
        }
    }

    /** Walks the rows in chain order, keeping only the previous row's hash. */
    private static final class Walk {

        private final DataScope scope;
        private final List<Break> breaks = new ArrayList<>();
        private int total;
        private long checked;
        private long expected = 1;
        private byte[] prevHash = GENESIS;
        private ChainStore.Row previous;

        Walk(DataScope scope) {
            this.scope = scope;
        }

        void next(ChainStore.Row r) {
            checked++;
            if (r.seq() == null || r.hash() == null || r.prevHash() == null) {
                add(Kind.INSERTED, r, "不在哈希链上：这条记录没有经过封存就被写入");
                return;
            }
            if (r.seq() < expected) {
                add(Kind.INSERTED, r, "序号 %d 重复：链上已有这一条".formatted(r.seq()));
                return;
            }
            if (r.seq() > expected) {
                add(Kind.REMOVED, r, r.seq() == expected + 1
                        ? "第 %d 条（本条之前的一条）不见了".formatted(expected)
                        : "第 %d–%d 条（本条之前的 %d 条）不见了".formatted(expected, r.seq() - 1, r.seq() - expected));
            } else if (!Arrays.equals(r.prevHash(), prevHash)) {
                add(Kind.ALTERED, previous, "哈希被改写或整条被替换：下一条封存时记下的哈希与它不符");
            }
            if (!Arrays.equals(digest(r.prevHash(), r.seq(), r), r.hash())) {
                add(Kind.ALTERED, r, "内容与封存时的哈希不符：记录在写入后被修改");
            }
            prevHash = r.hash();
            expected = r.seq() + 1;
            previous = r;
        }

        void end(ChainStore.Head head) {
            if (expected - 1 < head.seq()) {
                add(Kind.REMOVED, null, "链尾第 %d–%d 条不见了".formatted(expected, head.seq()));
            } else if (expected - 1 > head.seq()) {
                add(Kind.INSERTED, null, "链头之后多出第 %d–%d 条".formatted(head.seq() + 1, expected - 1));
            } else if (!Arrays.equals(prevHash, head.hash())) {
                add(Kind.ALTERED, null, "链头记下的哈希与最后一条不符");
            }
        }

        private void add(Kind kind, ChainStore.Row r, String what) {
            total++;
            if (breaks.size() >= LISTED) {
                return;
            }
            if (r == null) {
                breaks.add(new Break(kind, null, 0, null, null, null, null, false, what));
                return;
            }
            boolean inScope = scope.covers(r.scopePath());
            breaks.add(new Break(kind, r.seq(), r.id(), Times.local(r.at()), inScope ? r.actor() : null,
                    inScope ? r.action() : null, inScope ? r.target() : null, inScope, what));
        }
    }
}
