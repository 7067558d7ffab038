package org.hotline.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The paging gateway at the edge of the application: a real HTTP endpoint on this machine that records each page
 * it takes, or refuses pages with a status of the test's choosing.
 */
public final class TestPager {

    /** A page as the gateway received it. */
    public record Received(String idempotencyKey, String node, String body) {
    }

    private static final HttpServer SERVER = start();
    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static final AtomicInteger REFUSE_WITH = new AtomicInteger();
    private static final AtomicInteger REFUSED = new AtomicInteger();
    private static final AtomicInteger HELD = new AtomicInteger();
    private static volatile CountDownLatch hold = new CountDownLatch(0);

    private TestPager() {
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/pages", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                int status = REFUSE_WITH.get();
                if (status != 0) {
                    REFUSED.incrementAndGet();
                } else {
                    RECEIVED.add(new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                            exchange.getRequestHeaders().getFirst("X-Hotline-Node"), body));
                    status = 202;
                }
                CountDownLatch latch = hold;
                if (latch.getCount() > 0) {
                    HELD.incrementAndGet();
                    try {
                        latch.await(2, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                try {
                    exchange.sendResponseHeaders(status, -1);
                } catch (IOException senderGone) {
                    // The node that sent the page died while it was held.
                }
                exchange.close();
            });
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String url() {
        return "http://127.0.0.1:" + SERVER.getAddress().getPort() + "/pages";
    }

    /** From now on every page is refused with this status (0: taken again). */
    public static void refuseWith(int status) {
        REFUSE_WITH.set(status);
    }

    /** From now on pages are received but not answered until {@link #answer()}. */
    public static void hold() {
        hold = new CountDownLatch(1);
    }

    /** Answers the held pages, and the next ones at once. */
    public static void answer() {
        hold.countDown();
    }

    /** How many pages were held unanswered, in all. */
    public static int held() {
        return HELD.get();
    }

    public static int refused() {
        return REFUSED.get();
    }

    public static List<Received> received() {
        return List.copyOf(RECEIVED);
    }

    /** Points the application's pager here. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("hotline.paging.url=" + url()).applyTo(context);
        }
    }
}
