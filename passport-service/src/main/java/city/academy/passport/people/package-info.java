/** People (one city-wide passport identity each) and their employments. */
package city.academy.passport.people;
