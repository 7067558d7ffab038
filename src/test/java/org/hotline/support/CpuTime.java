package org.hotline.support;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used so far by this JVM and by the PostgreSQL processes of this machine (the postmaster, its backends,
 * its background workers, and the backends that ended, counted into the postmaster), in nanoseconds. Read before and
 * after a run, the difference is what the run cost each side, whatever else the machine did meanwhile.
 */
public record CpuTime(long jvmNanos, long postgresNanos) {

    /** Linux counts process time in clock ticks of 1/100 s (USER_HZ). */
    private static final long NANOS_PER_TICK = 10_000_000L;

    public static CpuTime now() {
        return new CpuTime(jvm(), postgres());
    }

    public CpuTime since(CpuTime before) {
        return new CpuTime(jvmNanos - before.jvmNanos, postgresNanos - before.postgresNanos);
    }

    /** Whether PostgreSQL's share could be read (Linux's /proc). */
    public static boolean postgresReadable() {
        return Files.isReadable(Path.of("/proc/self/stat"));
    }

    private static long jvm() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static long postgres() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(CpuTime::postgresTicks).sum() * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** utime + stime + cutime + cstime of a process whose command is postgres, else 0. */
    private static long postgresTicks(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            if (open < 0 || close < open || !stat.substring(open + 1, close).equals("postgres")) {
                return 0;
            }
            // After the command: state(3) ppid(4) ... utime(14) stime(15) cutime(16) cstime(17), numbered from 1.
            String[] fields = stat.substring(close + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
