// uPlot set-ups shared by the views: theme, the ward's trend line, the patient's risk chart, and a
// small plugin that marks alarms and thresholds on a time chart.
import uPlot from './vendor.js';

export const THEME = {
  risk: '#6cc4ee',
  ictal: '#ff8a6a',
  seizure: '#ff6b57',
  warning: '#f2c14e',
  text: '#c4d2de',
  muted: '#8197a9',
  grid: 'rgba(150, 175, 200, 0.13)',
  trace: '#b4c3cf',
  top: '#f2c14e',
  artifact: 'rgba(190, 150, 255, 0.7)',
  artifactBar: '#bf98ff',
  font: '15px system-ui, "DejaVu Sans", sans-serif',
};

const px = n => n * uPlot.pxRatio;

/** 24 h clock labels for a time axis; seconds when the axis spans under 15 min. */
function clockLabel(seconds, u) {
  const span = u.scales.x.max - u.scales.x.min;
  const opts = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  if (span < 900) opts.second = '2-digit';
  return new Date(seconds * 1000).toLocaleTimeString([], opts);
}

/** Diagonal hatching, the pattern that marks artifact (and stands apart from solid alarm bands). */
export function hatch(ctx, color) {
  const c = document.createElement('canvas');
  const s = Math.round(px(8));
  c.width = c.height = s;
  const g = c.getContext('2d');
  g.strokeStyle = color;
  g.lineWidth = px(1.5);
  g.beginPath();
  g.moveTo(0, s);
  g.lineTo(s, 0);
  g.stroke();
  return ctx.createPattern(c, 'repeat');
}

function axis(extra = {}) {
  return {
    stroke: THEME.muted,
    font: THEME.font,
    labelFont: THEME.font,
    grid: { stroke: THEME.grid, width: 1 },
    ticks: { stroke: THEME.grid, width: 1, size: 6 },
    ...extra,
  };
}

/** The ward row's trend line: smoothed risk over the last hours, no axes, fixed 0..1 scale. */
export function sparkline(target, width, height) {
  return new uPlot({
    width, height,
    class: 'spark-plot',
    padding: [3, 2, 3, 2],
    legend: { show: false },
    cursor: { show: false },
    select: { show: false },
    scales: { x: { time: false }, y: { auto: false, range: [0, 1] } },
    axes: [{ show: false }, { show: false }],
    series: [{}, { stroke: THEME.risk, width: 1.75, fill: 'rgba(108, 196, 238, 0.14)', points: { show: false } }],
  }, [[], []], target);
}

/** Runs paint(ctx, bbox) with the canvas clipped to the plot area, then restores the canvas. */
export function clippedToPlot(u, paint) {
  const { ctx, bbox } = u;
  ctx.save();
  ctx.beginPath();
  ctx.rect(bbox.left, bbox.top, bbox.width, bbox.height);
  ctx.clip();
  paint(ctx, bbox);
  ctx.restore();
}

/**
 * Vertical alarm markers (SEIZURE: solid line and shaded event; FORECAST: dashed line) and dashed
 * threshold lines, drawn by uPlot's hooks inside the plot area.
 */
export function alarmMarkers({ alarms, thresholds = () => [], toX = m => m / 1e6, yKey = 'y', bands = true }) {
  return {
    hooks: {
      drawClear: u => {
        if (!bands) return;
        clippedToPlot(u, (ctx, { left, top, width, height }) => {
          for (const a of alarms()) {
            if (a.kind !== 'SEIZURE') continue;
            const x0 = u.valToPos(toX(a.onsetMicros), 'x', true);
            const x1 = a.endMicros > 0 ? u.valToPos(toX(a.endMicros), 'x', true) : left + width;
            ctx.fillStyle = 'rgba(255, 107, 87, 0.16)';
            ctx.fillRect(x0, top, Math.max(px(2), x1 - x0), height);
          }
        });
      },
      draw: u => clippedToPlot(u, (ctx, { left, top, width, height }) => {
        for (const t of thresholds()) {
          const y = u.valToPos(t.value, yKey, true);
          ctx.strokeStyle = t.color;
          ctx.lineWidth = px(1);
          ctx.setLineDash([px(6), px(5)]);
          ctx.beginPath();
          ctx.moveTo(left, y);
          ctx.lineTo(left + width, y);
          ctx.stroke();
        }
        for (const a of alarms()) {
          const x = u.valToPos(toX(a.onsetMicros), 'x', true);
          if (x < left - 1 || x > left + width + 1) continue;
          const seizure = a.kind === 'SEIZURE';
          ctx.strokeStyle = seizure ? THEME.seizure : THEME.warning;
          ctx.lineWidth = px(2);
          ctx.setLineDash(seizure ? [] : [px(7), px(4)]);
          ctx.beginPath();
          ctx.moveTo(x, top);
          ctx.lineTo(x, top + height);
          ctx.stroke();
          // a shape at the top of the line: octagon for SEIZURE, triangle for FORECAST
          ctx.setLineDash([]);
          ctx.fillStyle = ctx.strokeStyle;
          const r = px(7);
          const y = top + r + px(1);
          ctx.beginPath();
          if (seizure) {
            for (let i = 0; i < 8; i++) {
              const ang = Math.PI / 8 + i * Math.PI / 4;
              ctx.lineTo(x + r * Math.cos(ang), y + r * Math.sin(ang));
            }
          } else {
            ctx.moveTo(x, y - r);
            ctx.lineTo(x + r, y + r * 0.8);
            ctx.lineTo(x - r, y + r * 0.8);
          }
          ctx.closePath();
          ctx.fill();
        }
      }),
    },
  };
}

/** Risk and ictal probability over EEG time, with alarm markers and policy thresholds. */
export function riskChart(target, width, height, { alarms, thresholds }) {
  return new uPlot({
    width, height,
    class: 'risk-plot',
    padding: [12, 12, 0, 0],
    cursor: { drag: { x: false, y: false }, points: { size: 7 } },
    legend: { show: false },
    scales: { x: { time: true }, y: { auto: false, range: [0, 1] } },
    axes: [
      axis({ space: 90, values: (u, splits) => splits.map(s => clockLabel(s, u)) }),
      axis({ size: 56, values: (u, splits) => splits.map(v => `${Math.round(v * 100)}%`), splits: () => [0, 0.25, 0.5, 0.75, 1] }),
    ],
    series: [
      { label: 'EEG time' },
      { label: 'Forecast risk (smoothed)', stroke: THEME.risk, width: 2.25, points: { show: false },
        value: (u, v) => (v == null ? '–' : `${Math.round(v * 100)}%`) },
      { label: 'Ictal probability', stroke: THEME.ictal, width: 1.5, dash: [5, 3], points: { show: false },
        value: (u, v) => (v == null ? '–' : `${Math.round(v * 100)}%`) },
    ],
    plugins: [alarmMarkers({ alarms, thresholds })],
  }, [[], [], []], target);
}

/** Line length per 1 s epoch around the alarm: the mean over channels and the top channels. */
export function lineLengthChart(target, width, height, { labels, colors, alarms, toX }) {
  const series = [{ label: 'Seconds from onset' }];
  labels.forEach((label, i) => series.push({
    label, stroke: colors[i], width: i === 0 ? 2.5 : 1.5, points: { show: false },
    dash: i === 0 ? undefined : [6, 3],
    value: (u, v) => (v == null ? '–' : `${Math.round(v)} µV/s`),
  }));
  return new uPlot({
    width, height,
    class: 'll-plot',
    padding: [12, 12, 0, 0],
    cursor: { drag: { x: false, y: false } },
    legend: { show: false },
    scales: { x: { time: false }, y: { range: (u, min, max) => [0, Math.max(10, max * 1.1)] } },
    axes: [
      axis({ values: (u, s) => s.map(v => `${v > 0 ? '+' : ''}${v} s`) }),
      axis({ size: 64, values: (u, s) => s.map(v => `${Math.round(v)}`) }),
    ],
    series,
    plugins: [alarmMarkers({ alarms, toX })],
  }, [[], ...labels.map(() => [])], target);
}

/** Keeps a uPlot as wide as its container. */
export function fitWidth(plot, container, height) {
  const ro = new ResizeObserver(() => {
    const w = Math.floor(container.clientWidth);
    if (w > 0 && w !== plot.width) plot.setSize({ width: w, height: height() });
  });
  ro.observe(container);
  return ro;
}
