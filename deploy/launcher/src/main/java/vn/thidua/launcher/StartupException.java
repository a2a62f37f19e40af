package vn.thidua.launcher;

/** A failure whose message is meant for the person who ran the launcher: printed as is, no stack trace. */
final class StartupException extends RuntimeException {

    StartupException(String message) {
        super(message);
    }

    StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
