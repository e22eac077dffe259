/** The services' REST APIs over HTTP: access rules, bad input, and what each role may see. */
package city.academy.systemtests.api;
