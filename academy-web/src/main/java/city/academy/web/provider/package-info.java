/**
 * A partner's training team (course providers): their organisation's courses, each course's
 * sessions, scheduling, changing and cancelling a session, and the attendance register.
 */
package city.academy.web.provider;
