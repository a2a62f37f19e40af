package vn.thidua.award.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.thidua.platform.problem.ProblemException;

/** Mức lương cơ sở: cash awards are multiples of the amount in force on the decision date. */
@Entity
@Table(name = "base_salary")
public class BaseSalary extends PanacheEntityBase {

    @Id
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(name = "legal_source", nullable = false)
    public String legalSource;

    public static BaseSalary inForceOn(LocalDate day) {
        BaseSalary salary =
                find("effectiveFrom <= ?1 order by effectiveFrom desc", day).firstResult();
        if (salary == null) {
            throw ProblemException.rule("Chưa có mức lương cơ sở áp dụng cho ngày " + day);
        }
        return salary;
    }
}
