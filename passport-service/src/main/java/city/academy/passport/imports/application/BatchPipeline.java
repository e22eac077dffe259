package city.academy.passport.imports.application;

import city.academy.passport.imports.domain.ImportBatch;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Lets an import read its next batch while the previous one is written: batches go through a
 * queue of two to one writer task, which writes them in order (so the checkpoint only ever moves
 * forward over settled lines). Memory holds at most the batch being read, two waiting and the one
 * being written. When a write fails, the writer takes no more; the reader learns it at its next
 * batch or at the end, and the job stops with that failure.
 */
final class BatchPipeline implements AutoCloseable {
  private static final ImportBatch END = new ImportBatch(java.util.List.of(), java.util.List.of(), 0, 0);

  private final BlockingQueue<ImportBatch> queue = new ArrayBlockingQueue<>(2);
  private final Future<?> writing;
  private volatile RuntimeException failure;
  private boolean ended;

  BatchPipeline(ExecutorService executor, Consumer<ImportBatch> write) {
    this.writing = executor.submit(() -> {
      while (true) {
        ImportBatch batch = take();
        if (batch == END) {
          return;
        }
        if (failure == null) {
          try {
            write.accept(batch);
          } catch (RuntimeException e) {
            failure = e; // keep taking (and dropping) until the end, so the reader never blocks for ever
          }
        }
      }
    });
  }

  /** Hands a batch to the writer, waiting while two are queued; throws the writer's failure, if any. */
  void put(ImportBatch batch) {
    rethrow();
    try {
      queue.put(batch);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("The import was stopped while waiting to write", e);
    }
  }

  /** Waits until every batch handed over is written; throws the writer's failure, if any. */
  void finish() {
    end();
    try {
      writing.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("The import was stopped while its last batches were written", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("The import's writer failed: " + e.getCause().getMessage(), e.getCause());
    }
    rethrow();
  }

  /** Stops the writer after what is queued (used when reading fails). */
  @Override
  public void close() {
    if (!ended) {
      failure = failure == null ? new IllegalStateException("Reading stopped") : failure;
      end();
    }
  }

  private void end() {
    if (ended) {
      return;
    }
    ended = true;
    try {
      queue.put(END);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      writing.cancel(true);
    }
  }

  private void rethrow() {
    if (failure != null) {
      throw failure;
    }
  }

  private ImportBatch take() {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return END;
    }
  }
}
