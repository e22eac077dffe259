/**
 * Importing training records from a partner's CSV file (HR admins, academy admins): the upload
 * form, the history of imports, and one import's progress and rejected rows, as the passport
 * service reports them.
 */
package city.academy.web.imports;
