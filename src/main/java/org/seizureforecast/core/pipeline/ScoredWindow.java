package org.seizureforecast.core.pipeline;

import org.seizureforecast.core.inference.WindowScore;
import org.seizureforecast.core.signal.AnalysisWindow;

/**
 * An analysis window with the detector's score for it: what the EEG history keeps (filtered
 * samples, artifact flags) beside the published {@link WindowResult}.
 */
public record ScoredWindow(AnalysisWindow window, WindowScore score) {}
