package vn.thidua.bloc.account;

import java.util.Arrays;
import java.util.Optional;
import vn.thidua.platform.security.Roles;

/** The roles an account of the system holds: the realm roles of Keycloak, named as the domain names them. */
public enum AccountRole {
    ADMIN(Roles.ADMIN, "Quản trị hệ thống"),
    /** Cơ quan thường trực thi đua – khen thưởng. */
    OFFICER(Roles.OFFICER, "Cán bộ thường trực thi đua – khen thưởng"),
    COUNCIL_MEMBER(Roles.COUNCIL_MEMBER, "Thành viên Hội đồng Thi đua – Khen thưởng"),
    UNIT_LEADER(Roles.UNIT_LEADER, "Lãnh đạo đơn vị"),
    UNIT_OFFICER(Roles.UNIT_OFFICER, "Cán bộ thi đua – khen thưởng đơn vị");

    private final String realmRole;
    private final String label;

    AccountRole(String realmRole, String label) {
        this.realmRole = realmRole;
        this.label = label;
    }

    public String realmRole() {
        return realmRole;
    }

    public String label() {
        return label;
    }

    /** Officers may give the roles of the units they organize; only admins make officers and admins. */
    public boolean grantableByOfficer() {
        return this == COUNCIL_MEMBER || this == UNIT_LEADER || this == UNIT_OFFICER;
    }

    public static Optional<AccountRole> ofRealmRole(String role) {
        return Arrays.stream(values()).filter(r -> r.realmRole.equals(role)).findFirst();
    }

    /** A role written in a spreadsheet: its Vietnamese label, its realm role or its constant, in any case. */
    public static Optional<AccountRole> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values())
                .filter(r -> r.label.equalsIgnoreCase(t)
                        || r.realmRole.equalsIgnoreCase(t)
                        || r.name().equalsIgnoreCase(t))
                .findFirst();
    }
}
