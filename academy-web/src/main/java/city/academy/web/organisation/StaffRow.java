package city.academy.web.organisation;

import java.time.LocalDate;

/**
 * One person on an organisation's staff list, with their post there.
 *
 * @param name the person's name
 * @param personId passport identity
 * @param employeeNumber their number at this organisation
 * @param jobRole the job role of the post
 * @param staffGroup the staff group code
 * @param startDate when the post began
 */
public record StaffRow(
    String name, String personId, String employeeNumber, String jobRole, String staffGroup, LocalDate startDate) {}
