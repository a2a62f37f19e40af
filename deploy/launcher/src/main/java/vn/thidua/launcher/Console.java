package vn.thidua.launcher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** What the person in front of the terminal reads: short lines, UTF-8 whatever the locale says. */
final class Console {

    private static final PrintStream OUT =
            new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    private static final PrintStream ERR =
            new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    private static final boolean COLOR =
            System.console() != null && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Console() {}

    static void info(String msg) {
        OUT.println(stamp() + msg);
    }

    static void ok(String msg) {
        OUT.println(stamp() + color("32", "✔ ") + msg);
    }

    static void warn(String msg) {
        ERR.println(stamp() + color("33", "! " + msg));
    }

    static void error(String msg) {
        ERR.println(stamp() + color("31", "✘ " + msg));
    }

    /** Raw text (banner, tables, log tails). */
    static void print(String text) {
        OUT.print(text);
        OUT.flush();
    }

    static void printErr(String text) {
        ERR.print(text);
        ERR.flush();
    }

    static String bold(String s) {
        return color("1", s);
    }

    private static String color(String code, String s) {
        return COLOR ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }

    private static String stamp() {
        return "[" + LocalTime.now().format(TIME) + "] ";
    }
}
