/** The home page and the main navigation: which links each role gets. */
package city.academy.web.home;
