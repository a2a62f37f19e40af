package vn.thidua.bloc.covenant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/**
 * The conference at which the members signed the covenant (hội nghị ký kết), as its minutes record it: where it
 * was held and who chaired it, who signs the printed covenant for the conference.
 */
@Embeddable
public record SigningConference(
        @Column(name = "signing_meeting_id") UUID meetingId,
        @Column(name = "signing_place") String place,
        @Column(name = "signing_chair_rank") String chairRank,
        @Column(name = "signing_chair_name") String chairName,
        @Column(name = "signing_chair_position") String chairPosition) {

    /** "Đại tá Nguyễn Văn A" */
    public String chair() {
        return chairRank == null ? chairName : chairRank + " " + chairName;
    }
}
