/** The shared CPD catalogue as the catalogue service answers it: its client and the courses page. */
package city.academy.web.catalogue;
