package vn.thidua.bloc.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** A member unit at the meeting, with who represented it. */
@Embeddable
public record Attendance(
        @Column(name = "unit_id", nullable = false) UUID unitId, String representatives) {}
