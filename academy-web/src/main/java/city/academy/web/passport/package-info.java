/**
 * My passport and who has looked at it: each requirement as a traffic light (never by colour
 * alone), other training, the full history of entries, and the access log. The passport service
 * decides every status; these classes only put it into words.
 */
package city.academy.web.passport;
