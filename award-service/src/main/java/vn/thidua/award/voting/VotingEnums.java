package vn.thidua.award.voting;

/** The kinds and states of the voting engine. */
public final class VotingEnums {

    private VotingEnums() {}

    /** Whose session: a council (its members vote) or a bloc (each member unit votes through its leader). */
    public enum SessionKind {
        COUNCIL,
        BLOC
    }

    public enum SessionStatus {
        /** Accepting ballots between its opening and closing time. */
        OPEN,
        /** A round was counted and an election needs another round between the leading candidates. */
        RUNOFF_PENDING,
        /** Counted; nothing more is voted. A tie may still wait for the leadership to decide. */
        CLOSED
    }

    public enum QuestionKind {
        /** Biểu quyết one proposal: agree, disagree or abstain, against a threshold. */
        APPROVAL,
        /** Bầu one of the candidates by majority, with a second round between the leaders. */
        ELECTION,
        /** Chọn at most N of the options, each needing the threshold. */
        CHOOSE_UP_TO
    }

    /** Which office of the bloc an election fills. */
    public enum LeadershipRole {
        HEAD,
        DEPUTY
    }

    public enum Outcome {
        /** Approval reached the threshold. */
        PASSED,
        /** Approval fell short. */
        FAILED,
        /** The winners are known (one for an election, up to N otherwise; possibly none reached the threshold). */
        DECIDED,
        /** Another round is needed between the options in runoff. */
        RUNOFF,
        /** Still tied after the last round: passed to the bloc's head and deputy (or the council's chair). */
        REFERRED
    }

    /** Approval choices on the ballot. */
    public static final String AGREE = "AGREE";

    public static final String DISAGREE = "DISAGREE";
    public static final String ABSTAIN = "ABSTAIN";
}
