/**
 * Reminders (docs/reminders.md): before a person's mandatory training expires, the daily job tells
 * them (with sessions they can book) and gives each line manager one digest of their team; each
 * record is reminded once per threshold. Messages go through the message context, which emails
 * them as each person's preferences say.
 */
package city.academy.catalogue.reminder;
