// Formatting shared by the views. EEG times are epoch microseconds (the recording's clock).

export const pct = p => (p == null || Number.isNaN(p) ? '–' : Math.round(p * 100).toString());

export function clock(micros, withSeconds = true) {
  if (micros == null || micros < 0) return '–';
  const d = new Date(micros / 1000);
  const opts = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  if (withSeconds) opts.second = '2-digit';
  return d.toLocaleTimeString([], opts);
}

export function dateTime(micros) {
  if (micros == null || micros < 0) return '–';
  const d = new Date(micros / 1000);
  return `${d.toLocaleDateString([], { year: 'numeric', month: 'short', day: 'numeric' })} ${clock(micros)}`;
}

/** "4 s", "3 min", "2 h 5 min": how long ago, for data freshness. */
export function age(ms) {
  if (ms == null || !Number.isFinite(ms)) return '–';
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

export function duration(seconds) {
  if (seconds == null || seconds < 0) return '–';
  if (seconds < 90) return `${Math.round(seconds)} s`;
  return `${Math.round(seconds / 60)} min`;
}

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c != null) node.append(c);
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';
const SHAPES = {
  // status shapes, so states differ by form as well as colour
  seizure: '<polygon points="6,1 14,1 19,6 19,14 14,19 6,19 1,14 1,6"/><rect x="9" y="5" width="2" height="7" fill="var(--ink)"/><rect x="9" y="13.5" width="2" height="2" fill="var(--ink)"/>',
  warning: '<polygon points="10,1.5 19,18 1,18"/><rect x="9" y="7" width="2" height="6" fill="var(--ink)"/><rect x="9" y="14.2" width="2" height="2" fill="var(--ink)"/>',
  alarm: '<path d="M10 2a5 5 0 0 0-5 5v4l-2 3h14l-2-3V7a5 5 0 0 0-5-5z"/><circle cx="10" cy="16.5" r="2"/>',
  stale: '<rect x="2" y="2" width="16" height="16" rx="2" fill="none" stroke="currentColor" stroke-width="2"/><rect x="6.5" y="6" width="2.4" height="8"/><rect x="11.1" y="6" width="2.4" height="8"/>',
  ok: '<circle cx="10" cy="10" r="6"/>',
  check: '<path d="M3 10.5l4.5 4.5L17 5.5" fill="none" stroke="currentColor" stroke-width="2.6"/>',
};

export function icon(name, cls = 'icon') {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('class', cls);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('fill', 'currentColor');
  svg.innerHTML = SHAPES[name];
  return svg;
}

/** A status badge: shape, colour and a text label, never colour alone. */
export function badge(kind, label) {
  return el('span', { class: `badge badge--${kind}` }, icon(kind), el('span', { text: label }));
}
