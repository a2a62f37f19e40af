package vn.thidua.bloc.term;

import java.time.LocalDate;
import java.util.UUID;

/** A bloc's head and deputy for a year, on thidua.blocs.v1 (key: the bloc id). */
public final class TermEvents {

    public static final String SET = "vn.thidua.bloc.term-set.v1";

    private TermEvents() {}

    public record TermSnapshot(
            UUID blocId,
            int year,
            UUID headUnitId,
            UUID deputyUnitId,
            TermMethod method,
            LocalDate decidedOn,
            UUID meetingId,
            UUID votingSessionId,
            long version) {}
}
