package vn.thidua.platform.kafka;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the topics this service produces or consumes, with their cleanup policy, before a broker's
 * auto-creation could create them with the wrong one. Retries in the background while Kafka is down.
 */
@ApplicationScoped
public class TopicDeclarations {

    private static final Logger LOG = Logger.getLogger(TopicDeclarations.class);

    @Inject
    @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "thidua.kafka.topics.compacted")
    Optional<List<String>> compacted;

    @ConfigProperty(name = "thidua.kafka.topics.standard")
    Optional<List<String>> standard;

    @ConfigProperty(name = "thidua.kafka.topics.partitions", defaultValue = "3")
    int partitions;

    private volatile boolean declared;

    void onStart(@Observes StartupEvent ignored) {
        declare();
    }

    @Scheduled(every = "30s", delayed = "30s")
    void retry() {
        if (!declared) {
            declare();
        }
    }

    synchronized void declare() {
        List<NewTopic> wanted = new ArrayList<>();
        compacted
                .orElse(List.of())
                .forEach(name -> wanted.add(new NewTopic(name, Optional.of(partitions), Optional.empty())
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))));
        standard.orElse(List.of())
                .forEach(name -> wanted.add(new NewTopic(name, Optional.of(partitions), Optional.empty())));
        if (wanted.isEmpty()) {
            declared = true;
            return;
        }
        Map<String, Object> config = new HashMap<>();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.get("bootstrap.servers"));
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing =
                    wanted.stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
                LOG.infof(
                        "Created Kafka topics %s",
                        missing.stream().map(NewTopic::name).toList());
            }
            declared = true;
        } catch (Exception e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException) {
                declared = true;
                return;
            }
            LOG.warnf("Kafka topics not declared yet (%s); retrying in the background", e.toString());
        }
    }
}
