/** The signed-in person's own record, as the passport service holds it. */
package city.academy.web.profile;
