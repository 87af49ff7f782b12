/**
 * The live, bounded, in-memory picture of monitored patients that REST and the dashboard read:
 * status, score history, alarms and their acknowledgement audit trail.
 */
package org.seizureforecast.core.monitor;
