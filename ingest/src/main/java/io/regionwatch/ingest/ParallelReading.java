package io.regionwatch.ingest;

import io.regionwatch.core.event.Event;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Reads and normalizes files on worker threads while the caller's thread hands the results to the
 * listener in exactly the order a sequential read gives (file by file, record by record), so rules,
 * including stateful ones, see the same stream. Memory stays bounded: at most {@code 2 × threads}
 * files are in flight, each behind a queue of a few batches.
 */
final class ParallelReading {
    private static final int BATCH = 256;
    private static final int BATCHES_PER_FILE = 8;

    /** One item of a file's output, replayed on the caller's thread. */
    private sealed interface Item permits Item.Ev, Item.Rej, Item.Sk {
        record Ev(Event event, Object prepared) implements Item {
        }

        record Rej(Reject reject) implements Item {
        }

        record Sk(Skip skip) implements Item {
        }
    }

    /** The last batch of a file: its counts, or the error that stopped its worker. */
    private record End(ReadStats stats, Throwable error) {
    }

    private final ThreadLocal<Ingestor> workers;
    private final int threads;

    ParallelReading(Supplier<Ingestor> perThread, int threads) {
        this.workers = ThreadLocal.withInitial(perThread);
        this.threads = threads;
    }

    void read(List<Path> files, ReadStats stats, IngestListener listener) {
        int window = threads * 2;
        List<BlockingQueue<Object>> feeds = new ArrayList<>(files.size());
        ExecutorService pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, "regionwatch-reader");
                    t.setDaemon(true);
                    return t;
                });
        try {
            int submitted = 0;
            for (int i = 0; i < files.size(); i++) {
                // tasks start in submission order, so file i always gets a thread before later files block
                for (; submitted < files.size() && submitted <= i + window; submitted++) {
                    BlockingQueue<Object> feed = new ArrayBlockingQueue<>(BATCHES_PER_FILE);
                    feeds.add(feed);
                    Path file = files.get(submitted);
                    pool.execute(() -> readInto(file, feed, listener));
                }
                replay(feeds.get(i), stats, listener);
                feeds.set(i, null);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void readInto(Path file, BlockingQueue<Object> feed, IngestListener listener) {
        ReadStats local = new ReadStats();
        Batcher batcher = new Batcher(feed, listener instanceof PreparingListener<?> p ? p : null);
        Throwable error = null;
        try {
            workers.get().readFile(file, local, batcher);
        } catch (Batcher.Stopped stopped) {
            return;
        } catch (RuntimeException | Error e) {
            error = e;
        }
        try {
            batcher.flush();
            feed.put(new End(local, error));
        } catch (InterruptedException | Batcher.Stopped e) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void replay(BlockingQueue<Object> feed, ReadStats stats, IngestListener listener) {
        while (true) {
            Object next = take(feed);
            if (next instanceof End end) {
                if (end.error() != null) {
                    throw new IllegalStateException("reader thread failed", end.error());
                }
                stats.add(end.stats());
                return;
            }
            for (Item item : (List<Item>) next) {
                if (item instanceof Item.Ev e) {
                    if (listener instanceof PreparingListener p) {
                        p.onPrepared(e.event(), e.prepared());
                    } else {
                        listener.onEvent(e.event());
                    }
                } else if (item instanceof Item.Rej r) {
                    listener.onReject(r.reject());
                } else if (item instanceof Item.Sk s) {
                    listener.onSkip(s.skip());
                }
            }
        }
    }

    private static Object take(BlockingQueue<Object> feed) {
        try {
            return feed.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a reader thread", e);
        }
    }

    /** Collects a worker's items into batches, blocking when the caller is behind. */
    private static final class Batcher implements IngestListener {
        /** Thrown when the scan was abandoned (the pool shut down) while this worker waited. */
        static final class Stopped extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Stopped() {
                super(null, null, false, false);
            }
        }

        private final BlockingQueue<Object> feed;
        private final PreparingListener<?> preparer;
        private List<Item> batch = new ArrayList<>(BATCH);

        /** With a {@code preparer}, each event's preparation runs here, on the worker thread. */
        Batcher(BlockingQueue<Object> feed, PreparingListener<?> preparer) {
            this.feed = feed;
            this.preparer = preparer;
        }

        @Override
        public void onEvent(Event e) {
            add(new Item.Ev(e, preparer == null ? null : preparer.prepare(e)));
        }

        @Override
        public void onReject(Reject r) {
            add(new Item.Rej(r));
        }

        @Override
        public void onSkip(Skip s) {
            add(new Item.Sk(s));
        }

        private void add(Item item) {
            batch.add(item);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            try {
                feed.put(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Stopped();
            }
            batch = new ArrayList<>(BATCH);
        }
    }
}
