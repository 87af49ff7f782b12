/** Language-level helpers shared by the engine and the tools: today only {@link Nullable}. */
package org.seizureforecast.core.lang;
