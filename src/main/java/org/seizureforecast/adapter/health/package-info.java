/**
 * Readiness and liveness checks for orchestration ({@code /q/health/*}).
 */
package org.seizureforecast.adapter.health;
