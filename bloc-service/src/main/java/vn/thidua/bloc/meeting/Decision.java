package vn.thidua.bloc.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;

@Embeddable
public record Decision(
        @Column(nullable = false) int position,

        @Enumerated(EnumType.STRING) @Column(nullable = false)
        DecisionKind kind,

        @Column(name = "subject_id") UUID subjectId,
        @Column(nullable = false) String summary) {}
