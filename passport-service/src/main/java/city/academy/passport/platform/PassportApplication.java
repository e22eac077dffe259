package city.academy.passport.platform;

import city.academy.platform.security.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The passport service's REST API under {@code /passport/api}; callers present an MP-JWT. */
@ApplicationPath("/api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({
  Role.STAFF_NAME,
  Role.LINE_MANAGER_NAME,
  Role.HR_ADMIN_NAME,
  Role.PROVIDER_NAME,
  Role.ACADEMY_ADMIN_NAME,
  Role.SYSTEM_NAME
})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Passport service",
            version = "1",
            description =
                "Organisations, people, employments, training records and the staff passport."))
@SecurityScheme(
    securitySchemeName = "token",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class PassportApplication extends Application {}
