package dev.sparkapp.client;

import dev.sparkapp.core.SparkAppException;
import io.fabric8.kubernetes.client.dsl.LogWatch;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A driver log being followed ({@link SparkClient#followDriverLog}): lines go to the consumer on a
 * thread of its own until the container ends, the reconnects run out, or {@link #close()}.
 */
public final class LogFollow implements AutoCloseable {
  private final String pod;
  private final String container;
  private final CompletableFuture<Void> done = new CompletableFuture<>();
  private volatile LogWatch current;
  private volatile boolean closed;

  LogFollow(String pod, String container) {
    this.pod = pod;
    this.container = container;
  }

  /** Returns the pod followed. */
  public String pod() {
    return pod;
  }

  /** Returns the container followed. */
  public String container() {
    return container;
  }

  /**
   * Waits until the log ends (the container ended, or the reconnects ran out) and returns whether it did
   * within {@code timeout}.
   *
   * @throws SparkAppException the failure that stopped the follow (a {@link ClusterException} subclass)
   */
  public boolean await(Duration timeout) {
    try {
      done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException e) {
      throw e.getCause() instanceof SparkAppException s ? s
          : new SparkAppException("Following the log of " + pod + " failed: " + e.getCause(), e.getCause());
    }
  }

  /** Stops following. */
  @Override
  public void close() {
    closed = true;
    LogWatch watch = current;
    if (watch != null) {
      watch.close();
    }
  }

  boolean isClosed() {
    return closed;
  }

  void attach(LogWatch watch) {
    current = watch;
    if (closed) {
      watch.close();
    }
  }

  void finish(RuntimeException error) {
    if (error == null || closed) {
      done.complete(null);
    } else {
      done.completeExceptionally(error);
    }
  }
}
