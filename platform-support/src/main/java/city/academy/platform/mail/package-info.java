/**
 * Email as every service sends it (ADR 0010): settings from MicroProfile Config, the message as
 * people receive it (plain text and accessible HTML, attachments such as a calendar file), and two
 * transports — SMTP, or files in a folder for the embedded default. Outboxes and their senders live
 * in the services.
 */
package city.academy.platform.mail;
