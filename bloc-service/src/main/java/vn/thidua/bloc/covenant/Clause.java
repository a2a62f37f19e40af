package vn.thidua.bloc.covenant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A numbered clause (điều khoản) with, optionally, what it is scored on and its maximum points. */
@Embeddable
public record Clause(
        @Column(nullable = false) int number,
        @Column(nullable = false) String content,
        String criteria,
        @Column(name = "max_points") BigDecimal maxPoints) {}
