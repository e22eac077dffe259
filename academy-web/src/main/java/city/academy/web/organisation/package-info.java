/** Partner organisations and an organisation's staff, as the passport service lets the caller see. */
package city.academy.web.organisation;
