/**
 * Deterministic synthetic city: partner organisations, people, employments and training records,
 * generated lazily from a seed for demo data and benchmarks. No container, no database.
 */
package city.academy.city;
