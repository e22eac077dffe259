/**
 * The One Workforce Academy portal: PrimeFaces pages that show what the passport and catalogue
 * services decide. It holds no business rules; one subpackage per context.
 */
package city.academy.web;
