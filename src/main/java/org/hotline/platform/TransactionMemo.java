package org.hotline.platform;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What one transaction remembers for its own later steps, kept as one of its synchronizations: it ends with the
 * transaction, and a transaction started inside it (REQUIRES_NEW) has its own.
 */
public final class TransactionMemo {

    private TransactionMemo() {
    }

    /** The current transaction's memo of this type, made on first use; empty outside a synchronized transaction. */
    public static <T extends TransactionSynchronization> Optional<T> of(Class<T> type, Supplier<T> make) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return Optional.empty();
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (type.isInstance(synchronization)) {
                return Optional.of(type.cast(synchronization));
            }
        }
        T memo = make.get();
        TransactionSynchronizationManager.registerSynchronization(memo);
        return Optional.of(memo);
    }
}
