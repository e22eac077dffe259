/**
 * Bulk import of training records from partners' systems (national HR competence export, the
 * generic CSV, social-care training export): files checked whole before anything is imported,
 * read as a stream, every bad row explained, run in the background, idempotent.
 */
package city.academy.passport.imports;
