package vn.thidua.platform.security;

/** Realm roles of Keycloak realm {@code thidua}. */
public final class Roles {
    public static final String ADMIN = "admin";
    /** secretariat: cơ quan thường trực thi đua – khen thưởng */
    public static final String OFFICER = "officer";

    public static final String COUNCIL_MEMBER = "council-member";
    public static final String UNIT_LEADER = "unit-leader";
    public static final String UNIT_OFFICER = "unit-officer";
    public static final String INTEGRATION = "integration";

    private Roles() {}
}
