/**
 * The application's commands (picocli): {@code serve}, {@code replay}, {@code simulate}, {@code
 * detect}, {@code score}, {@code export-windows} and {@code bench}. Batch commands open no port
 * and start no broker.
 */
package org.seizureforecast.adapter.cli;
