package city.academy.city;

/** How big a city to generate. */
public enum CityScale {
  /** Seven organisations and about 400 people: demo data and fast tests. */
  DEMO,
  /** The full city: 57,000 people in 60 organisations, about a million training records. */
  CITY
}
