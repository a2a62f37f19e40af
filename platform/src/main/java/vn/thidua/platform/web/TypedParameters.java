package vn.thidua.platform.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thidua.platform.json.StrictJson;

/**
 * Reads UUID, date and enum query and header parameters so that a bad value is a 400 naming the
 * parameter (JAX-RS would answer 404, as if the resource did not exist). A path that holds a
 * malformed id still names no resource, so path parameters keep their 404.
 */
@Provider
public class TypedParameters implements ParamConverterProvider {

    /** A parameter of the URL that cannot be read; mapped to problem+json with the parameter as the field. */
    public static class InvalidParameterException extends BadRequestException {

        private final String parameter;

        public InvalidParameterException(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, UUID::fromString, "mã không hợp lệ (cần một UUID)");
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) converter(name, Integer::valueOf, "số nguyên không hợp lệ");
        }
        if (rawType == Long.class) {
            return (ParamConverter<T>) converter(name, Long::valueOf, "số nguyên không hợp lệ");
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(
                    name,
                    TypedParameters::dateOfRecord,
                    "ngày không hợp lệ (định dạng YYYY-MM-DD, các năm " + StrictJson.FIRST_YEAR + "–"
                            + StrictJson.LAST_YEAR + ")");
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String allowed =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            return (ParamConverter<T>)
                    converter(name, value -> Enum.valueOf(type, value), "giá trị phải là một trong: " + allowed);
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, Function<String, T> parse, String message) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new InvalidParameterException(name, message);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
            }
        };
    }

    private static LocalDate dateOfRecord(String value) {
        LocalDate date = LocalDate.parse(value);
        if (StrictJson.refusal(date) != null) {
            throw new IllegalArgumentException(value);
        }
        return date;
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
        }
        return null;
    }
}
