package vn.thidua.bloc;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.thidua.platform.testing.EmbeddedInfrastructure;

/** Writes CloudEvents on thidua.awards.v1 as award-service does, for the consumers bloc-service has there. */
public final class AwardTopic {

    public static final String TOPIC = "thidua.awards.v1";
    private static KafkaProducer<String, String> producer;

    private AwardTopic() {
    }

    /** The envelope around {@code dataJson}, with a new event id. */
    public static String event(String type, UUID subject, String dataJson) {
        return event(UUID.randomUUID().toString(), type, subject, dataJson);
    }

    public static String event(String eventId, String type, UUID subject, String dataJson) {
        return """
                {"specversion":"1.0","id":"%s","source":"/thidua/award-service","type":"%s","subject":"%s",
                 "time":"%s","datacontenttype":"application/json","data":%s}"""
                .formatted(eventId, type, subject, OffsetDateTime.now(), dataJson);
    }

    public static synchronized void send(UUID key, String payload) throws Exception {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.kafkaBootstrapServers());
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            producer = new KafkaProducer<>(props);
        }
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, key.toString(), payload);
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        producer.send(record).get();
    }
}
