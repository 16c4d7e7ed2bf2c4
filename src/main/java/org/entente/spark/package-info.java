/**
 * Entente on Apache Spark: {@link org.entente.spark.EntenteSpark} turns a {@code Dataset<Row>} of
 * articles into scored statement rows with the CSV report's columns, and scores a column of
 * statements. Spark is a {@code provided}, optional dependency of the library: this package
 * needs Spark SQL 4.x (Scala 2.13, Java 17) on the class path, as on a cluster or with
 * {@code spark-submit}; nothing else in Entente does.
 */
package org.entente.spark;
