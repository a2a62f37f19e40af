package vn.thidua.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes records on the test JVM's Kafka as another service would, in the structured CloudEvents envelope. */
public final class EventWriter {

    private static KafkaProducer<String, String> producer;

    private EventWriter() {}

    /** The envelope around {@code dataJson}. */
    public static String envelope(String eventId, String source, String type, Object subject, String dataJson) {
        return """
                {"specversion":"1.0","id":"%s","source":"%s","type":"%s","subject":"%s","time":"%s",
                 "datacontenttype":"application/json","data":%s}""".formatted(eventId, source, type, subject, OffsetDateTime.now(), dataJson);
    }

    /** Sends {@code payload} as is (a whole envelope, or something malformed on purpose) and waits for the ack. */
    public static synchronized void send(String topic, Object key, String payload) throws Exception {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.kafkaBootstrapServers());
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            producer = new KafkaProducer<>(props);
        }
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key.toString(), payload);
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        producer.send(record).get();
    }

    public static void send(String topic, Object key, String source, String type, String dataJson) throws Exception {
        send(topic, key, envelope(UUID.randomUUID().toString(), source, type, key, dataJson));
    }
}
