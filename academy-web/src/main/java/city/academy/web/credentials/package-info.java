/**
 * The signed passport: a person signs their passport as a credential anyone can check (their list,
 * the PDF and the credential file, withdrawal), and the public verify page where anyone checks one,
 * signed in or not.
 */
package city.academy.web.credentials;
