package vn.thidua.award.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The national rule sets as data a person reads: one pretty-printed file per decree under {@code rules/}, with its
 * effective dates and the article of every condition, checked at start against {@code rules/rule-set.schema.json}
 * and by the same rules as a local set, then enacted as the national rule sets the catalog lists and RuleBook
 * applies. A change to the national rules is a change of its file; a file that does not pass stops the service
 * before it serves. Local rule sets stay in the database, edited in the app.
 */
@ApplicationScoped
public class NationalRuleSets {

    private static final Logger LOG = Logger.getLogger(NationalRuleSets.class);
    static final String SCHEMA = "rules/rule-set.schema.json";
    /** instances starting together enact one after another ("rules" in ASCII) */
    private static final long LOCK = 0x72756c6573L;

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final JsonSchema SCHEMA_CHECK =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(resource(SCHEMA));

    /** What one rule file holds. */
    public record RuleSetFile(
            UUID id,
            String code,
            String name,
            String legalSource,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            RuleSettings settings,
            List<AwardRule> rules) {}

    @ConfigProperty(name = "thidua.rules.national")
    List<String> files;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    void enact(@Observes StartupEvent event) {
        em.createNativeQuery("select pg_advisory_xact_lock(:key)")
                .setParameter("key", LOCK)
                .getSingleResult();
        for (String file : files) {
            RuleSetFile f = read(file);
            RuleSet set = RuleSet.findById(f.id());
            boolean fresh = set == null;
            if (fresh) {
                set = RuleSet.national(f.id(), f.code());
            } else if (same(set, f)) {
                continue;
            }
            set.enact(
                    f.name(),
                    f.legalSource(),
                    f.effectiveFrom(),
                    f.effectiveTo(),
                    f.settings(),
                    f.rules(),
                    file,
                    OffsetDateTime.now(clock));
            if (fresh) {
                set.persist();
            }
            LOG.infof("National rule set %s enacted from %s", f.code(), file);
        }
    }

    private static boolean same(RuleSet set, RuleSetFile f) {
        return set.code.equals(f.code())
                && set.name.equals(f.name())
                && set.legalSource.equals(f.legalSource())
                && set.effectiveFrom.equals(f.effectiveFrom())
                && Objects.equals(set.effectiveTo, f.effectiveTo())
                && JSON.valueToTree(set.settings).equals(JSON.valueToTree(f.settings()))
                && JSON.valueToTree(set.rules).equals(JSON.valueToTree(f.rules()));
    }

    /** One rule file, checked against the schema; what does not pass is named with its place in the file. */
    public static RuleSetFile read(String file) {
        try (InputStream in = resource(file)) {
            return parse(file, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RuleSetFile parse(String file, InputStream in) throws IOException {
        JsonNode tree = JSON.readTree(in);
        Set<ValidationMessage> problems = SCHEMA_CHECK.validate(tree);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The rule file " + file + " does not follow " + SCHEMA + ":\n  "
                    + problems.stream()
                            .map(ValidationMessage::getMessage)
                            .sorted()
                            .collect(Collectors.joining("\n  ")));
        }
        return JSON.treeToValue(tree, RuleSetFile.class);
    }

    private static InputStream resource(String path) {
        InputStream in = NationalRuleSets.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("No " + path + " on the class path");
        }
        return in;
    }
}
