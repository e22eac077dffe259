/**
 * The passport service: organisations, people and their employments, the append-only training
 * record and the staff passport. Packages are bounded contexts, each split into domain,
 * application, infrastructure and api layers.
 */
package city.academy.passport;
