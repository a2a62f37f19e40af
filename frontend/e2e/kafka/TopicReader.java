import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The journeys' test consumer: reads a topic of the running stack from the start, as a new consumer
 * group, and prints the first record with the given key whose value contains the given text.
 * Run as a single source file with the Kafka client on the class path (see e2e/kafka.ts).
 *
 * <pre>java -cp 'kafka-lib/*' TopicReader.java BOOTSTRAP TOPIC KEY TEXT TIMEOUT_MS</pre>
 */
public class TopicReader {

    public static void main(String[] args) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        long deadline = System.currentTimeMillis() + Long.parseLong(args[4]);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(args[1]));
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (args[2].equals(record.key()) && record.value() != null && record.value().contains(args[3])) {
                        System.out.println(record.value());
                        return;
                    }
                }
            }
        }
        // an uncaught exception ends the program with a non-zero status, which fails readEvent
        throw new IllegalStateException("no record with key " + args[2] + " containing " + args[3] + " on " + args[1]);
    }
}
