/**
 * The verifiable passport: signed credentials (W3C VC 2.0 as vc+jwt), their keys and status list, the PDF,
 * and verification.
 */
package city.academy.passport.credentials;
