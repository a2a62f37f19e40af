package vn.thidua.campaign.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.campaign.campaign.Campaign;
import vn.thidua.campaign.campaign.CampaignEnums;
import vn.thidua.campaign.campaign.CampaignParts;
import vn.thidua.campaign.registration.Registration;

/**
 * What a unit in scope still owes a launched campaign: its registration (prepared, then submitted
 * by the leader) by the deadline, and a report for every period that has begun, due at the
 * period's end and correctable until it closes. Overdue is what is past its due day.
 */
public final class Obligations {

    public enum Kind {
        /** Chưa đăng ký */
        REGISTER,
        /** Đăng ký chờ lãnh đạo duyệt, gửi */
        SUBMIT_REGISTRATION,
        /** Chưa báo cáo kỳ */
        REPORT
    }

    @Schema(name = "Obligation", description = "Việc đơn vị còn phải làm cho phong trào")
    public record Owed(
            Kind kind,
            @Schema(description = "Kỳ báo cáo (với REPORT)") Integer period,
            String label,
            LocalDate dueOn,
            boolean overdue,

            @Schema(description = "Làm được ngay (chưa quá hạn chốt; báo cáo thì sau khi đã gửi đăng ký)")
            boolean stillPossible) {}

    private Obligations() {}

    public static List<Owed> of(
            Campaign campaign, Registration registration, Set<Integer> reportedPeriods, LocalDate today) {
        List<Owed> owed = new ArrayList<>();
        if (campaign.status != CampaignEnums.Status.LAUNCHED) {
            return owed;
        }
        boolean registrationOpen = !today.isAfter(campaign.registrationDeadline);
        if (registration == null) {
            owed.add(new Owed(
                    Kind.REGISTER,
                    null,
                    "Đăng ký thi đua",
                    campaign.registrationDeadline,
                    !registrationOpen,
                    registrationOpen));
        } else if (registration.status == Registration.Status.DRAFT) {
            owed.add(new Owed(
                    Kind.SUBMIT_REGISTRATION,
                    null,
                    "Lãnh đạo duyệt và gửi đăng ký",
                    campaign.registrationDeadline,
                    !registrationOpen,
                    registrationOpen));
        }
        boolean canReport = registration != null && registration.status == Registration.Status.SUBMITTED;
        for (CampaignParts.ReportingPeriod p : campaign.periods) {
            if (!p.startsOn().isAfter(today) && !reportedPeriods.contains(p.number())) {
                owed.add(new Owed(
                        Kind.REPORT,
                        p.number(),
                        "Báo cáo " + p.name(),
                        p.endsOn(),
                        today.isAfter(p.endsOn()),
                        !today.isAfter(p.closesOn()) && canReport));
            }
        }
        return owed;
    }
}
