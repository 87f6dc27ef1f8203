package io.regionwatch.kafka;

import io.regionwatch.core.event.Event;
import io.regionwatch.ingest.IngestListener;
import io.regionwatch.ingest.IngestOptions;
import io.regionwatch.ingest.Ingestor;
import io.regionwatch.ingest.Reject;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * read → normalize for one message (a record, or a whole S3 object, in any format the readers
 * accept). Events go on keyed by {@code cloud.account.id}, tagged {@code E}; rejects keyed by their
 * source, tagged {@code R}, with the reason, for the dead-letter topic. Stateless.
 */
final class NormalizeProcessor implements Processor<byte[], byte[], String, String> {
    static final String ACCOUNT = "cloud.account.id";
    private final Ingestor ingestor = new Ingestor(IngestOptions.defaults());
    private ProcessorContext<String, String> context;

    @Override
    public void init(ProcessorContext<String, String> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        String source = source();
        long ts = record.timestamp();
        if (record.value() == null || record.value().length == 0) {
            context.forward(new Record<>(source, "R" + reject(source, 0, 0, "empty message", ""), ts));
            return;
        }
        ingestor.ingest(new ByteArrayInputStream(record.value()), source, new IngestListener() {
            @Override
            public void onEvent(Event e) {
                Object account = e.get(ACCOUNT);
                String key = account == null ? "" : String.valueOf(account);
                context.forward(new Record<>(key, "E" + EventCodec.encode(e), ts));
            }

            @Override
            public void onReject(Reject r) {
                context.forward(new Record<>(source, "R" + reject(source, r.line(), r.index(), r.reason(), r.rawExcerpt()), ts));
            }
        });
    }

    private String source() {
        return context.recordMetadata().map(NormalizeProcessor::describe).orElse("kafka");
    }

    private static String describe(RecordMetadata m) {
        return m.topic() + "-" + m.partition() + "@" + m.offset();
    }

    static String reject(String source, long line, long index, String reason, String raw) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("source", source);
        if (line > 0) {
            doc.put("line", line);
        }
        doc.put("index", index);
        doc.put("reason", reason);
        doc.put("raw", raw);
        return EventCodec.json(doc);
    }
}
