package vn.thidua.platform.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.platform.events.CloudEventCodec;

/**
 * The relay's Kafka producer: idempotent with acks=all, so a retried batch is neither duplicated nor
 * reordered within a partition by the producer itself.
 */
@ApplicationScoped
public class KafkaEventSender {

    @Inject
    @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "thidua.outbox.delivery-timeout-ms", defaultValue = "15000")
    int deliveryTimeoutMs;

    private KafkaProducer<String, String> producer;

    synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> config = new HashMap<>();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.get("bootstrap.servers"));
            config.put(
                    ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + kafkaConfig.getOrDefault("client.id", "thidua"));
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            config.put(ProducerConfig.LINGER_MS_CONFIG, 2);
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(5000, deliveryTimeoutMs - 2));
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeoutMs);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            producer = new KafkaProducer<>(config);
        }
        return producer;
    }

    public CompletableFuture<?> send(RelayPass.PendingEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
        record.headers().add("content-type", CloudEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        CompletableFuture<Object> ack = new CompletableFuture<>();
        producer().send(record, (metadata, error) -> {
            if (error != null) {
                ack.completeExceptionally(error);
            } else {
                ack.complete(metadata);
            }
        });
        return ack;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }
}
