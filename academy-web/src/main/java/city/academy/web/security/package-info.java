/**
 * Who is signed in to the portal (Jakarta Security custom form backed by the passport service's
 * password check) and the signed tokens the portal sends to the services on their behalf.
 */
package city.academy.web.security;
