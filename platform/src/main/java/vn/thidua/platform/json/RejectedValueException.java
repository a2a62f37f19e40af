package vn.thidua.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A value well-formed as JSON that no field of ours accepts; its message is the reason shown to the user. */
public class RejectedValueException extends InvalidFormatException {

    private final String reason;

    RejectedValueException(JsonParser parser, String reason, Object value, Class<?> targetType) {
        super(parser, reason, value, targetType);
        this.reason = reason;
    }

    /** The reason in Vietnamese, without Jackson's location suffix. */
    public String reason() {
        return reason;
    }
}
