/**
 * Sessions and bookings as the catalogue service answers them: a course and its sessions, my
 * bookings, my messages, and a line manager's approvals. The service decides; these pages say it.
 */
package city.academy.web.booking;
