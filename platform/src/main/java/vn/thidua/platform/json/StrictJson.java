package vn.thidua.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * What a request body may hold beyond well-formed JSON: no key twice in one object (which value would we keep?), no
 * control characters in text (PostgreSQL refuses NUL; the others are never typed by a person), and dates between
 * {@value #FIRST_YEAR} and {@value #LAST_YEAR} (a date of year +999999999 reads as Java's LocalDate.MAX and then
 * breaks the database). Each refusal names the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2199;

    private static final Instant EARLIEST = Instant.parse(FIRST_YEAR + "-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse(LAST_YEAR + "-12-31T23:59:59.999999999Z");

    private static final Duration WIDEST_OFFSET = Duration.ofHours(14);

    private static final Set<Class<?>> DATES =
            Set.of(LocalDate.class, LocalDateTime.class, OffsetDateTime.class, ZonedDateTime.class, Instant.class);

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** The same rules for an ObjectMapper built outside CDI (tests, tools). */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.registerModule(new SimpleModule("thidua-strict-json")
                .setDeserializerModifier(new BeanDeserializerModifier() {
                    @Override
                    public JsonDeserializer<?> modifyDeserializer(
                            DeserializationConfig config,
                            BeanDescription description,
                            JsonDeserializer<?> deserializer) {
                        Class<?> type = description.getBeanClass();
                        if (type == String.class || DATES.contains(type)) {
                            return new Checked(deserializer);
                        }
                        return deserializer;
                    }
                }));
        return mapper;
    }

    /** Why no field of ours takes this text or date, or null if one may. */
    public static String refusal(Object value) {
        if (value instanceof String text) {
            return text.chars().anyMatch(StrictJson::isControl)
                    ? "có ký tự điều khiển không được phép (như NUL)"
                    : null;
        }
        int year = value instanceof LocalDate d
                ? d.getYear()
                : value instanceof LocalDateTime d
                        ? d.getYear()
                        : value instanceof OffsetDateTime d
                                ? year(d.toInstant())
                                : value instanceof ZonedDateTime d
                                        ? year(d.toInstant())
                                        : value instanceof Instant i ? year(i) : FIRST_YEAR;
        return year < FIRST_YEAR || year > LAST_YEAR ? "ngày phải trong các năm " + FIRST_YEAR + "–" + LAST_YEAR : null;
    }

    /**
     * An instant's year where it was written: Jackson has already moved it to UTC, so 14 hours (the widest offset)
     * either side of the range still count as in it.
     */
    private static int year(Instant instant) {
        return instant.isBefore(EARLIEST.minus(WIDEST_OFFSET))
                ? FIRST_YEAR - 1
                : instant.isAfter(LATEST.plus(WIDEST_OFFSET)) ? LAST_YEAR + 1 : FIRST_YEAR;
    }

    /** Tab, line feed and carriage return are text; the other C0 controls and DEL are not. */
    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
    }

    /** Reads the value as Jackson would, then refuses what no field of ours accepts. */
    static final class Checked extends DelegatingDeserializer {

        Checked(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            String refusal = StrictJson.refusal(value);
            if (refusal != null) {
                throw new RejectedValueException(parser, refusal, value, handledType());
            }
            return value;
        }
    }
}
