/**
 * Report writers: the CSV reports of the command line, column names in {@link org.entente.report.Column};
 * the HTML report is in {@link org.entente.report.html}. Writers stream documents and never hold a
 * whole report.
 */
package org.entente.report;
