package org.hotline.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.hotline.platform.TransactionMemo;
import org.hotline.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the audit log in the transaction of what it records: a read as it happens, a change just before its
 * transaction commits (a change rolled back leaves no row, a change committed always has one). Each append takes a
 * database lock held until that commit, so that the rows form one hash chain, each row sealing the one before it.
 */
@Service
public class AuditLog {

    /** Any constant: the key of the advisory lock that orders appends across every node. */
    private static final long CHAIN_LOCK = 0x4155444954L;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    public record Entry(long id, Instant occurredAt, String actor, String action, String caseNumber, String view,
                        String detail) {
    }

    /** A case file was read: which case, by whom, in which view ({@code api}, {@code page}, {@code diagram}, ...). */
    public void read(String caseNumber, String view) {
        String actor = CurrentUser.id();
        if (writableTransaction()) {
            append(actor, "READ", caseNumber, view, null);
        } else {
            own.executeWithoutResult(status -> append(actor, "READ", caseNumber, view, null));
        }
    }

    /** Something changed; {@code detail} names codes and things, never personal values. */
    public void changed(String action, String caseNumber, String detail) {
        String actor = CurrentUser.id();
        if (writableTransaction() && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    append(actor, action, caseNumber, null, detail);
                }
            });
        } else {
            own.executeWithoutResult(status -> append(actor, action, caseNumber, null, detail));
        }
    }

    private static boolean writableTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    private void append(String actor, String action, String caseNumber, String view, String detail) {
        String shortDetail = detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail;
        ChainHead head = ChainHead.ofThisTransaction();
        String previous;
        long id;
        if (head != null && head.hash != null) {
            // This transaction holds the lock since its first append: the last row is the one it wrote.
            previous = head.hash;
            id = jdbc.queryForObject("select nextval('audit_event_id_seq')", Long.class);
        } else {
            // The chain's end is read in a statement after the lock's, so that it sees what was committed while
            // this transaction waited for the lock; the new row's id comes with it (one round trip, not two).
            jdbc.queryForList("select pg_advisory_xact_lock(?)", CHAIN_LOCK);
            ChainEnd end = jdbc.queryForObject("select (select hash from audit_event order by id desc limit 1),"
                    + " nextval('audit_event_id_seq')", (row, n) -> new ChainEnd(row.getString(1), row.getLong(2)));
            previous = end.hash();
            id = end.nextId();
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Entry entry = new Entry(id, at, actor, action, caseNumber, view, shortDetail);
        String hash = hash(previous, entry);
        jdbc.update("""
                insert into audit_event (id, occurred_at, actor, action, case_number, view_name, detail, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, id, Timestamp.from(at), actor, action, caseNumber, view, shortDetail, previous, hash);
        if (head != null) {
            head.hash = hash;
        }
    }

    private record ChainEnd(String hash, long nextId) {
    }

    /**
     * The hash of the last row the current transaction appended, so that its further appends (an intake makes five)
     * neither take the lock again nor read the chain's end back. Kept as one of the transaction's synchronizations:
     * a transaction started inside it (REQUIRES_NEW) has its own, and it ends with its transaction.
     */
    private static final class ChainHead implements TransactionSynchronization {
        String hash;

        /** This transaction's, registered on first use; null outside a transaction with synchronization. */
        static ChainHead ofThisTransaction() {
            return TransactionMemo.of(ChainHead.class, ChainHead::new).orElse(null);
        }
    }

    static String hash(String previous, Entry entry) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object part : new Object[] {previous, entry.id(), entry.occurredAt().toEpochMilli() * 1000
                    + entry.occurredAt().getNano() / 1000 % 1000, entry.actor(), entry.action(), entry.caseNumber(),
                    entry.view(), entry.detail()}) {
                // A null and the text "null" must not hash alike.
                sha.update(part == null ? new byte[] {0} : ("=" + part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
