package vn.thidua.award.disclosure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A public holiday (ngày nghỉ lễ, Tết) that is not a working day. */
@Entity
@Table(name = "public_holiday")
public class PublicHoliday extends PanacheEntityBase {

    @Id
    public LocalDate day;

    @Column(nullable = false)
    public String name;
}
