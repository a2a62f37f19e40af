package vn.thidua.platform.parking;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * The failure strategy {@code park}: a message its consumer refused (after the consumer's own retries) is parked
 * with the reason in this service's database, then acknowledged; if it cannot be parked either, it is not
 * acknowledged, so nothing is lost.
 */
@ApplicationScoped
@Identifier("park") public class ParkingFailureHandler implements KafkaFailureHandler.Factory {

    @Inject
    ParkedEvents parked;

    @Override
    public KafkaFailureHandler create(
            KafkaConnectorIncomingConfiguration config,
            Vertx vertx,
            KafkaConsumer<?, ?> consumer,
            BiConsumer<Throwable, Boolean> reportFailure) {
        String channel = config.getChannel();
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                return Uni.createFrom()
                        .item(() -> {
                            parked.park(
                                    channel,
                                    record.getTopic(),
                                    record.getKey() == null
                                            ? null
                                            : record.getKey().toString(),
                                    String.valueOf(record.getPayload()),
                                    reason);
                            return record;
                        })
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                        .onFailure()
                        .retry()
                        .withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(30))
                        .atMost(10)
                        .chain(r -> Uni.createFrom().completionStage(r.ack()));
            }
        };
    }
}
