/** Fill and sharing reports: a provider's months, and the city's for the academy. */
package city.academy.web.report;
