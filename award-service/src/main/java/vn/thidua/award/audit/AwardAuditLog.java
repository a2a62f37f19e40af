package vn.thidua.award.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import vn.thidua.platform.audit.AuditLogResource;
import vn.thidua.platform.security.Roles;

/** award-service's audit log as a transparency log, at its own address (the roles repeated for its OpenAPI document). */
@RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
@Path("/api/v1/audit-log/award")
public class AwardAuditLog extends AuditLogResource {}
