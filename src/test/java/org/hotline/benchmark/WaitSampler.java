package org.hotline.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * What this database's sessions wait on while a load runs, sampled every 20 ms from {@code pg_stat_activity} on a
 * connection of its own: the audit chain's advisory lock, the write-ahead log's flush and write, other locks. It says
 * whether requests that stall wait for each other (the lock) and for the disk (the flush) at the same moments.
 */
final class WaitSampler {

    private static final String QUERY = """
            select count(*) filter (where wait_event_type = 'Lock' and wait_event = 'advisory'),
                   count(*) filter (where wait_event_type = 'IO' and wait_event in ('WALSync', 'WALWrite', 'DataFileSync')),
                   count(*) filter (where wait_event_type = 'LWLock' and wait_event like 'WAL%'),
                   count(*) filter (where wait_event_type = 'Lock' and wait_event <> 'advisory'),
                   count(*) filter (where state = 'active')
            from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()
            """;
    private static final long PERIOD_MILLIS = 20;

    /** One sample: sessions waiting for the audit chain's lock, for a WAL flush or write, for the WAL's locks, for other locks, and active. */
    record Sample(long at, int advisory, int walIo, int walLock, int otherLock, int active) {
    }

    /** The samples of one run, summed up. */
    record Waits(int samples, int maxAdvisory, double meanAdvisory, int samplesWithFiveOrMoreOnTheLock,
                 long longestLockQueueMillis, int maxWalIo, int samplesWithWalIo,
                 int samplesWithWalIoWhileFiveOnTheLock, int maxOtherLock) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d samples: audit lock waiters max %d, mean %.2f, >= 5 in %d samples,"
                    + " longest queue %d ms; WAL flush/write waiters max %d, in %d samples (%d of them while >= 5 waited"
                    + " on the lock); other lock waiters max %d", samples, maxAdvisory, meanAdvisory,
                    samplesWithFiveOrMoreOnTheLock, longestLockQueueMillis, maxWalIo, samplesWithWalIo,
                    samplesWithWalIoWhileFiveOnTheLock, maxOtherLock);
        }
    }

    private final DataSource dataSource;
    private final List<Sample> samples = new ArrayList<>();
    private volatile boolean running = true;
    private Thread thread;

    WaitSampler(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void start() {
        thread = new Thread(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement statement = connection.prepareStatement(QUERY)) {
                connection.setAutoCommit(true);
                while (running) {
                    try (ResultSet row = statement.executeQuery()) {
                        row.next();
                        Sample sample = new Sample(System.nanoTime(), row.getInt(1), row.getInt(2), row.getInt(3),
                                row.getInt(4), row.getInt(5));
                        synchronized (samples) {
                            samples.add(sample);
                        }
                    }
                    Thread.sleep(PERIOD_MILLIS);
                }
            } catch (SQLException e) {
                System.out.println("[engine] wait sampler stopped: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "wait-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    Waits stop() throws InterruptedException {
        running = false;
        thread.join();
        synchronized (samples) {
            int max = 0;
            long sum = 0;
            int five = 0;
            int walMax = 0;
            int wal = 0;
            int walWhileFive = 0;
            int otherMax = 0;
            long longest = 0;
            Long queueSince = null;
            for (Sample s : samples) {
                max = Math.max(max, s.advisory());
                sum += s.advisory();
                walMax = Math.max(walMax, s.walIo());
                otherMax = Math.max(otherMax, s.otherLock());
                if (s.walIo() > 0) {
                    wal++;
                }
                if (s.advisory() >= 5) {
                    five++;
                    if (s.walIo() > 0 || s.walLock() > 0) {
                        walWhileFive++;
                    }
                }
                if (s.advisory() > 0) {
                    queueSince = queueSince == null ? s.at() : queueSince;
                    longest = Math.max(longest, (s.at() - queueSince) / 1_000_000);
                } else {
                    queueSince = null;
                }
            }
            return new Waits(samples.size(), max, samples.isEmpty() ? 0 : (double) sum / samples.size(), five,
                    longest, walMax, wal, walWhileFive, otherMax);
        }
    }
}
