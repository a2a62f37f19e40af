package vn.thidua.award.voting;

import vn.thidua.award.catalog.Threshold;
import vn.thidua.award.voting.VotingEnums.SessionKind;

/**
 * The named rules a question is decided by, chosen where the question is created (VotingService for a session's
 * own questions, NominationBallots for a nomination put to a vote). A council's approval of a nomination is not
 * here: it takes the threshold of the nominated award's rule, from its rule set (NĐ 98/2023 Art. 30(7)).
 */
public enum VotingPolicy {

    /**
     * Quy chế hoạt động của khối, cụm thi đua: what a bloc votes on (the proposals its ranking drafted, the flag
     * among them; its head and deputy; its resolutions) passes with more than half of all its member units.
     */
    BLOC_MAJORITY_OF_MEMBERS(Threshold.MAJORITY_OF_MEMBERS),

    /**
     * A council's own questions other than nominations, when its organizer states no threshold: more than half of
     * all its members, as its working regulation (quy chế làm việc của Hội đồng) decides by default.
     */
    COUNCIL_MAJORITY_OF_MEMBERS(Threshold.MAJORITY_OF_MEMBERS);

    private final Threshold threshold;

    VotingPolicy(Threshold threshold) {
        this.threshold = threshold;
    }

    public Threshold threshold() {
        return threshold;
    }

    /** The policy of a question no other rule decides, by the kind of body voting. */
    public static VotingPolicy byDefaultFor(SessionKind kind) {
        return kind == SessionKind.BLOC ? BLOC_MAJORITY_OF_MEMBERS : COUNCIL_MAJORITY_OF_MEMBERS;
    }
}
