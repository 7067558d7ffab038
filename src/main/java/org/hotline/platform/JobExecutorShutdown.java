package org.hotline.platform;

import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * On SIGTERM the job executor stops taking jobs first of all, before its thread pool refuses new work (a job taken
 * and then refused would stay locked to this node until its lock expires); then the jobs it holds run to their end,
 * alongside the web server's graceful shutdown and within the same timeout. A job cut off by the timeout rolls back
 * and runs again on another node (or this one after a restart) once its lock expires.
 */
@Component
class JobExecutorShutdown implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobExecutorShutdown.class);

    private final ObjectProvider<JobExecutor> jobExecutor;
    private final ObjectProvider<TaskExecutor> threads;
    private final Duration timeout;
    private volatile boolean running;

    JobExecutorShutdown(ObjectProvider<JobExecutor> jobExecutor,
                        @Qualifier("camundaTaskExecutor") ObjectProvider<TaskExecutor> threads,
                        @Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration timeout) {
        // Both are absent when the job executor is switched off.
        this.jobExecutor = jobExecutor;
        this.threads = threads;
        this.timeout = timeout;
    }

    /** The first thing on closing: no more jobs are taken. */
    @EventListener(ContextClosedEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void stopTakingJobs() {
        JobExecutor executor = jobExecutor.getIfAvailable();
        if (executor != null && executor.isActive()) {
            executor.shutdown();
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /** Waits for the jobs this node holds, queued or running, for at most the shutdown timeout. */
    @Override
    public void stop() {
        running = false;
        stopTakingJobs();
        if (!(threads.getIfAvailable() instanceof ThreadPoolTaskExecutor pool)) {
            return;
        }
        ThreadPoolExecutor executor = pool.getThreadPoolExecutor();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
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

    /** Stops with the web server's graceful shutdown, at the same time, before anything the jobs need is closed. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }
}
