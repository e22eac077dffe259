/** The training framework (subjects, levels, refresher periods and their sources), read only. */
package city.academy.web.framework;
