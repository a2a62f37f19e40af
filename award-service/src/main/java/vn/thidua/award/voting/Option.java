package vn.thidua.award.voting;

import java.util.List;
import java.util.UUID;

/** A choice on the ballot: a candidate unit, a nomination, or an approval answer. */
public record Option(String key, String label, String detail, UUID unitId, UUID nominationId) {

    static final List<Option> APPROVAL = List.of(
            new Option(VotingEnums.AGREE, "Đồng ý", null, null, null),
            new Option(VotingEnums.DISAGREE, "Không đồng ý", null, null, null),
            new Option(VotingEnums.ABSTAIN, "Không biểu quyết", null, null, null));
}
