/**
 * Report writers: the CSV reports of the command line, column names in {@link org.entente.report.Column}.
 * Writers stream rows and never hold a whole report.
 */
package org.entente.report;
