package city.academy.city;

/** How big a city to generate. */
public enum CityScale {
  /** Ten organisations and about 430 people: demo data and fast tests. */
  DEMO,
  /** The full city: 57,000 people in 60 organisations, about a million training records. */
  CITY
}
