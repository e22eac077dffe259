/** Partner organisations: NHS trusts, the council, GP practices, care homes, charities. */
package city.academy.passport.organisation;
