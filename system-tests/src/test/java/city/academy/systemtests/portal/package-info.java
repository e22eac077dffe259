/**
 * The portal in a real browser (Debian's headless Chromium through Selenium): signing in as each
 * demo role, what each role sees, and automated WCAG 2.2 AA checks with axe-core.
 */
package city.academy.systemtests.portal;
