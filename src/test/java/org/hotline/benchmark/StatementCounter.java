package org.hotline.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.ClassUtils;

/**
 * Counts what the application asks of PostgreSQL: the statements it executes by kind and table, the batches they go
 * in, the commits and rollbacks. A {@link BeanPostProcessor} puts a counting wrapper (JDK proxies) around the
 * application's data source, its connections and their statements; everything else goes through unchanged. Only the
 * threads that answer HTTP requests count ({@code http-nio-*}), and a benchmark's own threads named {@code case-*}
 * that call the service layer directly, so that the benchmark's other queries and the
 * application's scheduled work stay out of the figures; what other threads execute is counted apart.
 */
final class StatementCounter implements BeanPostProcessor {

    enum Kind { SELECT, INSERT, UPDATE, DELETE, OTHER }

    /** Counts since start, on request threads. */
    static final class Counts {
        final Map<Kind, LongAdder> statements = new ConcurrentHashMap<>();
        final Map<String, LongAdder> tables = new ConcurrentHashMap<>();
        final LongAdder batches = new LongAdder();
        final LongAdder batched = new LongAdder();
        final LongAdder commits = new LongAdder();
        final LongAdder rollbacks = new LongAdder();
        final LongAdder autoCommitted = new LongAdder();
        final LongAdder connections = new LongAdder();
        final LongAdder elsewhere = new LongAdder();
        /** Each statement's text (its first 160 characters), for the console: which ones an intake repeats. */
        final Map<String, LongAdder> texts = new ConcurrentHashMap<>();

        Snapshot snapshot() {
            Map<Kind, Long> kinds = new TreeMap<>();
            for (Kind kind : Kind.values()) {
                LongAdder adder = statements.get(kind);
                kinds.put(kind, adder == null ? 0 : adder.sum());
            }
            Map<String, Long> byTable = new TreeMap<>();
            tables.forEach((table, adder) -> byTable.put(table, adder.sum()));
            return new Snapshot(kinds, byTable, batches.sum(), batched.sum(), commits.sum(), rollbacks.sum(),
                    autoCommitted.sum(), connections.sum(), elsewhere.sum());
        }
    }

    /** The counts at one moment; {@link #minus} gives what happened between two. */
    record Snapshot(Map<Kind, Long> kinds, Map<String, Long> tables, long batches, long batched, long commits,
                    long rollbacks, long autoCommitted, long connections, long elsewhere) {

        long statements() {
            return kinds.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Round trips to PostgreSQL, about: each statement outside a batch, each batch, each commit or rollback. */
        long roundTrips() {
            return statements() - batched + batches + commits + rollbacks;
        }

        Snapshot minus(Snapshot before) {
            Map<Kind, Long> kinds = new TreeMap<>();
            this.kinds.forEach((kind, n) -> kinds.put(kind, n - before.kinds.getOrDefault(kind, 0L)));
            Map<String, Long> tables = new TreeMap<>();
            this.tables.forEach((table, n) -> {
                long d = n - before.tables.getOrDefault(table, 0L);
                if (d != 0) {
                    tables.put(table, d);
                }
            });
            return new Snapshot(kinds, tables, batches - before.batches, batched - before.batched,
                    commits - before.commits, rollbacks - before.rollbacks, autoCommitted - before.autoCommitted,
                    connections - before.connections, elsewhere - before.elsewhere);
        }
    }

    static final Counts COUNTS = new Counts();

    /** While set, each statement, commit and connection taken on a request thread is printed as it happens. */
    static volatile boolean tracing;

    private static void trace(String what) {
        if (tracing && counted()) {
            System.out.println("[statements] trace: " + what);
        }
    }

    /** What is known of each statement text, worked out once: the counting must not cost the intake much itself. */
    private record Parsed(Kind kind, String table, String shown) {
    }

    private static final Map<String, Parsed> PARSED = new ConcurrentHashMap<>();

    private static final Pattern TABLE = Pattern.compile("\\b(?:from|into|update)\\s+([a-z_][a-z0-9_.]*)");

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return wrap(dataSource, new DataSourceHandler(dataSource));
        }
        return bean;
    }

    private static final Map<Class<?>, Class<?>[]> INTERFACES = new ConcurrentHashMap<>();

    private static Object wrap(Object target, InvocationHandler handler) {
        Class<?>[] interfaces = INTERFACES.computeIfAbsent(target.getClass(),
                type -> ClassUtils.getAllInterfacesForClass(type, StatementCounter.class.getClassLoader()));
        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), interfaces, handler);
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /**
     * The threads whose statements count: those that answer HTTP requests, and those a benchmark names {@code case-}
     * to run the service layer itself.
     */
    private static boolean counted() {
        String thread = Thread.currentThread().getName();
        return thread.startsWith("http-nio") || thread.startsWith("case-");
    }

    static Kind kind(String sql) {
        String s = sql.stripLeading();
        while (s.startsWith("(")) {
            s = s.substring(1).stripLeading();
        }
        String word = s.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return switch (word) {
            case "select", "with" -> Kind.SELECT;
            case "insert" -> Kind.INSERT;
            case "update" -> Kind.UPDATE;
            case "delete" -> Kind.DELETE;
            default -> Kind.OTHER;
        };
    }

    /** The first table after from, into or update; "(none)" when there is none. */
    static String table(String sql) {
        Matcher matcher = TABLE.matcher(sql.toLowerCase(Locale.ROOT));
        return matcher.find() ? matcher.group(1) : "(none)";
    }

    private static void statement(String sql, boolean batched, Connection connection) {
        if (!counted()) {
            COUNTS.elsewhere.increment();
            return;
        }
        Parsed parsed = PARSED.computeIfAbsent(sql == null ? "" : sql, text -> {
            String shown = text.strip().replaceAll("\\s+", " ");
            return new Parsed(kind(text), table(text), shown.length() > 160 ? shown.substring(0, 160) : shown);
        });
        COUNTS.statements.computeIfAbsent(parsed.kind(), k -> new LongAdder()).increment();
        COUNTS.tables.computeIfAbsent(parsed.table(), k -> new LongAdder()).increment();
        COUNTS.texts.computeIfAbsent(parsed.shown(), k -> new LongAdder()).increment();
        trace((batched ? "  batched " : "  ") + parsed.shown());
        if (batched) {
            COUNTS.batched.increment();
        }
        try {
            if (!batched && connection != null && connection.getAutoCommit()) {
                COUNTS.autoCommitted.increment();
            }
        } catch (java.sql.SQLException ignored) {
            // A closed connection: the statement fails on its own.
        }
    }

    private record DataSourceHandler(DataSource target) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Object result = call(target, method, args);
            if (result instanceof Connection connection && method.getName().equals("getConnection")) {
                if (counted()) {
                    COUNTS.connections.increment();
                }
                trace("connection taken");
                return wrap(connection, new ConnectionHandler(connection));
            }
            return result;
        }
    }

    private record ConnectionHandler(Connection target) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("commit") || name.equals("rollback") || name.equals("close")
                    || name.equals("setAutoCommit")) {
                trace(name + (args == null ? "" : " " + java.util.Arrays.toString(args)));
            }
            if (counted() && name.equals("commit")) {
                COUNTS.commits.increment();
            } else if (counted() && name.equals("rollback") && (args == null || args.length == 0)) {
                COUNTS.rollbacks.increment();
            }
            Object result = call(target, method, args);
            if (result instanceof Statement statement && (name.equals("createStatement")
                    || name.equals("prepareStatement") || name.equals("prepareCall"))) {
                String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                return wrap(statement, new StatementHandler(statement, sql, target));
            }
            return result;
        }
    }

    private record StatementHandler(Statement target, String sql, Connection connection) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            String given = args != null && args.length > 0 && args[0] instanceof String s ? s : sql;
            switch (name) {
                case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" -> statement(given, false, connection);
                case "addBatch" -> statement(given, true, connection);
                case "executeBatch", "executeLargeBatch" -> {
                    if (counted()) {
                        COUNTS.batches.increment();
                    }
                }
                default -> {
                }
            }
            return call(target, method, args);
        }
    }
}
