/**
 * The HTML report: an overview page (speakers, dyads, articles) and one page per article with its
 * statements marked. {@link org.entente.report.html.HtmlReport#write} writes it in one call,
 * {@link org.entente.report.html.HtmlReportWriter} document by document. Pages are self-contained
 * and load nothing from the network; the input's text is always escaped.
 */
package org.entente.report.html;
