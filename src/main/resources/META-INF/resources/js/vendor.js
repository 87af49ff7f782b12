// The charting library, served from the uPlot webjar inside the application jar (no CDN).
// Its version appears here and in index.html's stylesheet link; keep both in step with pom.xml.
export { default } from '../webjars/uplot/1.6.30/dist/uPlot.esm.js';
