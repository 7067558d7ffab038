package org.hotline.platform;

import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * On SIGTERM the job executor stops taking jobs and the jobs it holds run to their end, alongside the web server's
 * graceful shutdown and within the same timeout. A job cut off by the timeout rolls back and runs again on another
 * node (or this one after a restart) once its lock expires.
 */
@Component
class JobExecutorShutdown implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobExecutorShutdown.class);

    private final JobExecutor jobExecutor;
    private final ThreadPoolTaskExecutor threads;
    private final Duration timeout;
    private volatile boolean running;

    JobExecutorShutdown(ObjectProvider<JobExecutor> jobExecutor,
                        @Qualifier("camundaTaskExecutor") ObjectProvider<ThreadPoolTaskExecutor> threads,
                        @Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration timeout) {
        // Both are absent when the job executor is switched off.
        this.jobExecutor = jobExecutor.getIfAvailable();
        this.threads = threads.getIfAvailable();
        this.timeout = timeout;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (jobExecutor == null || threads == null) {
            return;
        }
        jobExecutor.shutdown();
        ThreadPoolExecutor pool = threads.getThreadPoolExecutor();
        pool.shutdown();
        try {
            if (!pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Jobs still running after {}; they run again once their lock expires", timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop(Runnable callback) {
        Thread stopper = new Thread(() -> {
            try {
                stop();
            } finally {
                callback.run();
            }
        }, "job-executor-shutdown");
        stopper.start();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops with the web server's graceful shutdown, before anything the jobs need is closed. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }
}
