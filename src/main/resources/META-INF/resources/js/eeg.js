// The EEG page: the 18 montage channels around an alarm (or the latest EEG held), drawn by uPlot
// as stacked traces with a scrollable 10/20/60 s page, adjustable gain, the detector's artifact
// flags hatched per channel, missing channels dimmed, and the alarm explanation's top channels
// and strongest second highlighted. The line-length trend below is computed from the same EEG.
import { api } from './api.js';
import { THEME, alarmMarkers, clippedToPlot, fitWidth, hatch, lineLengthChart } from './charts.js';
import { clock, el } from './format.js';
import { topChannels } from './alarms.js';
import uPlot from './vendor.js';

const LANE_PX = 30;
const LL_COLORS = [THEME.risk, THEME.top, '#ff8a6a', '#c39bff'];

/** Flattens gap-free segments into one x array (seconds from t0) and one row per channel, with a null between segments. */
function flatten(excerpt, t0) {
  const rate = excerpt.sampleRate;
  const xs = [];
  const rows = excerpt.channels.map(() => []);
  for (const seg of excerpt.segments) {
    if (xs.length) {
      xs.push(xs[xs.length - 1] + 0.5 / rate);
      rows.forEach(r => r.push(null));
    }
    const n = seg.samples[0]?.length ?? 0;
    const start = (seg.startMicros - t0) / 1e6;
    for (let k = 0; k < n; k++) xs.push(start + k / rate);
    seg.samples.forEach((s, c) => { for (let k = 0; k < n; k++) rows[c].push(s[k]); });
  }
  return { xs, rows };
}

/** Merged [from, to) spans (seconds from t0) per channel where the detector flagged artifact. */
function artifactSpans(excerpt, t0) {
  const byChannel = new Map(excerpt.channels.map(c => [c, []]));
  const add = (channel, from, to) => {
    const list = byChannel.get(channel);
    if (!list) return;
    const lastSpan = list[list.length - 1];
    if (lastSpan && from <= lastSpan[1]) lastSpan[1] = Math.max(lastSpan[1], to);
    else list.push([from, to]);
  };
  for (const w of excerpt.windows) {
    const from = (w.startMicros - t0) / 1e6;
    const to = (w.endMicros - t0) / 1e6;
    // The explanation lists every present channel once any is flagged; hatch only the flagged ones.
    if (w.channelArtifact.length) w.channelArtifact.forEach(c => { if (c.weight > 0) add(c.channel, from, to); });
    else if (w.artifactFraction >= 0.5) excerpt.channels.forEach(c => add(c, from, to));
  }
  return byChannel;
}

function missingChannels(excerpt) {
  const last = excerpt.windows[excerpt.windows.length - 1];
  return new Set(last ? last.missingChannels : []);
}

/** Line length (sum of |Δx| per second, µV/s) per 1 s epoch: the mean over channels and the given channels. */
function lineLength(excerpt, t0, channels) {
  const rate = excerpt.sampleRate;
  const idx = channels.map(c => excerpt.channels.indexOf(c));
  const xs = [];
  const out = [[], ...idx.map(() => [])];
  for (const seg of excerpt.segments) {
    const n = seg.samples[0]?.length ?? 0;
    const epoch = Math.round(rate);
    for (let e = 0; e + epoch <= n; e += epoch) {
      xs.push((seg.startMicros - t0) / 1e6 + (e + epoch / 2) / rate);
      const per = seg.samples.map(s => {
        let sum = 0;
        for (let k = e + 1; k < e + epoch; k++) sum += Math.abs(s[k] - s[k - 1]);
        return sum * rate / (epoch - 1);
      });
      const present = per.filter(v => v > 0);
      out[0].push(present.length ? present.reduce((a, b) => a + b, 0) / present.length : 0);
      idx.forEach((c, j) => out[j + 1].push(c >= 0 ? per[c] : null));
    }
    if (n) { xs.push(xs[xs.length - 1] + 0.01); out.forEach(r => r.push(null)); }
  }
  return [xs, ...out];
}

export class EegViewer {
  constructor(root) {
    this.root = root;
    this.status = root.querySelector('.eeg-status');
    this.plotBox = root.querySelector('.eeg-plot');
    this.pageSelect = root.querySelector('[name=eeg-page]');
    this.gainSelect = root.querySelector('[name=eeg-gain]');
    this.slider = root.querySelector('[name=eeg-position]');
    this.llBox = root.querySelector('.ll-plot-box');
    this.plot = null;
    this.ll = null;
    this.request = 0;
    root.querySelector('[data-eeg=back]').addEventListener('click', () => this.scroll(-0.5));
    root.querySelector('[data-eeg=forward]').addEventListener('click', () => this.scroll(0.5));
    this.pageSelect.addEventListener('change', () => this.setPage(Number(this.pageSelect.value)));
    this.gainSelect.addEventListener('change', () => this.redraw());
    this.slider.addEventListener('input', () => this.moveTo(Number(this.slider.value)));
    this.plotBox.addEventListener('keydown', e => this.key(e));
  }

  /** Loads ±30 s around the alarm's onset, or the last 60 s held when no alarm is given. */
  async show(patientId, alarm) {
    const ticket = ++this.request;
    this.alarm = alarm;
    this.root.dataset.state = 'loading';
    this.status.textContent = 'Loading EEG…';
    let excerpt;
    try {
      excerpt = alarm
        ? await api.eeg(patientId, alarm.onsetMicros - 30e6, alarm.onsetMicros + 30e6)
        : await api.eeg(patientId, null, null).then(latest =>
          api.eeg(patientId, latest.heldToMicros - 60e6, latest.heldToMicros));
    } catch (e) {
      if (ticket !== this.request) return;
      this.clear(e.status === 404 ? 'No EEG held for this patient yet.' : `EEG could not be loaded: ${e.message}`, 'error');
      return;
    }
    if (ticket !== this.request) return;
    const t0 = alarm ? alarm.onsetMicros : excerpt.toMicros;
    if (!excerpt.segments.length) {
      this.clear(alarm
        ? `The EEG around this alarm is no longer held: the service keeps only the last minutes of EEG per patient (the oldest held now starts at ${clock(excerpt.heldFromMicros)}).`
        : 'No EEG held for this patient yet.', 'empty');
      return;
    }
    this.build(excerpt, t0, alarm);
  }

  clear(message, state) {
    this.plot?.destroy();
    this.ll?.destroy();
    this.plot = this.ll = null;
    this.plotBox.replaceChildren();
    this.llBox.replaceChildren();
    this.status.textContent = message;
    this.root.dataset.state = state;
    this.root.dataset.samples = '0';
  }

  build(excerpt, t0, alarm) {
    this.excerpt = excerpt;
    this.t0 = t0;
    const { xs, rows } = flatten(excerpt, t0);
    this.xs = xs;
    this.rows = rows;
    this.top = alarm ? topChannels(alarm) : [];
    this.artifact = artifactSpans(excerpt, t0);
    this.missing = missingChannels(excerpt);
    this.first = xs[0];
    this.last = xs[xs.length - 1];
    this.page = Number(this.pageSelect.value);
    this.autoGain(rows);
    this.pos = alarm ? -this.page / 2 : this.last - this.page;
    this.strongest = alarm ? this.strongestSpan(alarm, excerpt) : null;
    const channels = excerpt.channels;
    const n = channels.length;
    this.plot?.destroy();
    this.plotBox.replaceChildren();
    const top = new Set(this.top);
    const width = Math.max(600, this.plotBox.clientWidth);
    this.plot = new uPlot({
      width,
      height: n * LANE_PX + 44,
      class: 'eeg-uplot',
      padding: [6, 10, 0, 0],
      legend: { show: false },
      cursor: { y: false, drag: { x: false, y: false }, points: { show: false } },
      scales: { x: { time: false, auto: false }, y: { auto: false, range: [-0.7, n - 0.3] } },
      axes: [
        { stroke: THEME.muted, font: THEME.font, grid: { stroke: THEME.grid }, ticks: { stroke: THEME.grid },
          space: 70, incrs: [0.2, 0.5, 1, 2, 5, 10, 15, 30, 60],
          values: (u, s) => s.map(v => `${v > 0 ? '+' : ''}${Math.round(v * 10) / 10} s`) },
        { stroke: THEME.text, font: THEME.font, size: 118, gap: 6, grid: { show: false }, ticks: { show: false },
          splits: () => channels.map((_, c) => n - 1 - c),
          values: (u, s) => s.map(v => {
            const label = channels[n - 1 - v];
            return `${top.has(label) ? '★ ' : ''}${label}${this.missing.has(label) ? ' ✕' : ''}`;
          }) },
      ],
      series: [{}, ...channels.map(label => ({
        label,
        stroke: top.has(label) ? THEME.top : THEME.trace,
        width: top.has(label) ? 1.7 : 1,
        points: { show: false },
      }))],
      plugins: [this.backdrop(), alarmMarkers({
        alarms: () => (this.alarm ? [this.alarm] : []), toX: m => (m - this.t0) / 1e6, bands: false })],
    }, [xs, ...rows.map(() => [])], this.plotBox);
    this.resize?.disconnect();
    this.resize = fitWidth(this.plot, this.plotBox, () => n * LANE_PX + 44);
    this.redraw();
    this.drawLineLength();
    this.root.dataset.state = 'drawn';
    this.root.dataset.samples = String(rows[0].filter(v => v != null).length);
    this.root.dataset.channels = String(n);
    this.root.dataset.top = this.top.join(',');
  }

  /** Picks the scale at which a typical channel's 95th-percentile amplitude fills about half a lane. */
  autoGain(rows) {
    const p95 = rows.map(row => {
      const a = row.filter(v => v != null && v !== 0).map(Math.abs).sort((x, y) => x - y);
      return a.length ? a[Math.floor(a.length * 0.95)] : 0;
    }).filter(v => v > 0).sort((x, y) => x - y);
    if (!p95.length) return;
    const wanted = 1.3 * p95[Math.floor(p95.length / 2)];
    const options = [...this.gainSelect.options].map(o => Number(o.value));
    const best = options.reduce((b, v) => (Math.abs(Math.log(v / wanted)) < Math.abs(Math.log(b / wanted)) ? v : b));
    this.gainSelect.value = String(best);
  }

  /** The explanation's strongest time span: seconds from the deciding window's start. */
  strongestSpan(alarm, excerpt) {
    const span = alarm.explanation?.topSpans?.[0];
    if (!span) return null;
    const w = excerpt.windows.find(x => x.endMicros === alarm.raisedMicros);
    const windowStart = w ? w.startMicros : alarm.raisedMicros - 5e6;
    return [(windowStart - this.t0) / 1e6 + span.fromSeconds, (windowStart - this.t0) / 1e6 + span.toSeconds];
  }

  backdrop() {
    return {
      hooks: {
        drawClear: u => clippedToPlot(u, (ctx, { left, top, width, height }) => {
          const channels = this.excerpt.channels;
          const n = channels.length;
          const lane = c => [u.valToPos(n - 1 - c + 0.5, 'y', true), u.valToPos(n - 1 - c - 0.5, 'y', true)];
          channels.forEach((label, c) => {
            const [y0, y1] = lane(c);
            if (c % 2 === 0) {
              ctx.fillStyle = 'rgba(255, 255, 255, 0.025)';
              ctx.fillRect(left, y0, width, y1 - y0);
            }
            if (this.missing.has(label)) {
              ctx.fillStyle = 'rgba(140, 150, 160, 0.18)';
              ctx.fillRect(left, y0, width, y1 - y0);
            }
            if (this.top.includes(label)) {
              ctx.fillStyle = 'rgba(242, 193, 78, 0.07)';
              ctx.fillRect(left, y0, width, y1 - y0);
            }
          });
          if (this.strongest) {
            const x0 = u.valToPos(this.strongest[0], 'x', true);
            const x1 = u.valToPos(this.strongest[1], 'x', true);
            ctx.fillStyle = 'rgba(242, 193, 78, 0.12)';
            ctx.fillRect(x0, top, x1 - x0, height);
          }
        }),
        // artifact on top of the traces: a dense artifact would otherwise hide its own marking
        draw: u => clippedToPlot(u, ctx => {
          const n = this.excerpt.channels.length;
          const pattern = hatch(ctx, THEME.artifact);
          this.excerpt.channels.forEach((label, c) => {
            const y0 = u.valToPos(n - 1 - c + 0.5, 'y', true);
            const y1 = u.valToPos(n - 1 - c - 0.5, 'y', true);
            for (const [from, to] of this.artifact.get(label) ?? []) {
              const x0 = u.valToPos(from, 'x', true);
              const x1 = u.valToPos(to, 'x', true);
              ctx.fillStyle = pattern;
              ctx.fillRect(x0, y0, x1 - x0, y1 - y0);
              ctx.fillStyle = THEME.artifactBar;
              ctx.fillRect(x0, y1 - 3 * devicePixelRatio, x1 - x0, 3 * devicePixelRatio);
            }
          });
        }),
      },
    };
  }

  drawLineLength() {
    this.ll?.destroy();
    this.llBox.replaceChildren();
    const tops = this.top.slice(0, 3);
    const data = lineLength(this.excerpt, this.t0, tops);
    this.ll = lineLengthChart(this.llBox, Math.max(600, this.llBox.clientWidth), 190, {
      labels: ['Mean of channels', ...tops],
      colors: LL_COLORS,
      alarms: () => (this.alarm ? [this.alarm] : []),
      toX: m => (m - this.t0) / 1e6,
    });
    this.ll.setData(data);
    this.llResize?.disconnect();
    this.llResize = fitWidth(this.ll, this.llBox, () => 190);
  }

  /** Applies gain to the raw rows: channel c's trace is centred on lane n-1-c. */
  redraw() {
    if (!this.plot) return;
    const gain = Number(this.gainSelect.value); // µV per lane spacing
    const n = this.rows.length;
    const scaled = this.rows.map((row, c) => {
      const offset = n - 1 - c;
      return row.map(v => (v == null ? null : offset + v / gain));
    });
    this.plot.setData([this.xs, ...scaled], false);
    this.moveTo(this.pos);
  }

  setPage(seconds) {
    const centre = this.pos + this.page / 2;
    this.page = seconds;
    this.moveTo(centre - seconds / 2);
  }

  scroll(pages) {
    this.moveTo(this.pos + pages * this.page);
  }

  moveTo(pos) {
    if (!this.plot) return;
    const max = Math.max(this.first, this.last - this.page);
    this.pos = Math.min(max, Math.max(this.first, pos));
    this.plot.setScale('x', { min: this.pos, max: this.pos + this.page });
    this.slider.min = String(Math.floor(this.first));
    this.slider.max = String(Math.ceil(max));
    this.slider.value = String(this.pos);
    const what = this.alarm ? `${this.alarm.kind} onset ${clock(this.alarm.onsetMicros)}` : `latest EEG (${clock(this.excerpt.toMicros)})`;
    const from = Math.round(this.pos * 10) / 10;
    const to = Math.round((this.pos + this.page) * 10) / 10;
    this.status.textContent = `${from} s to ${to} s around ${what} · ${Math.round(this.last - this.first)} s loaded · ${this.gainSelect.value} µV per channel`;
    this.slider.setAttribute('aria-valuetext', `${from} to ${to} seconds`);
  }

  key(e) {
    const actions = {
      ArrowLeft: () => this.scroll(-0.5),
      ArrowRight: () => this.scroll(0.5),
      PageUp: () => this.scroll(-1),
      PageDown: () => this.scroll(1),
      '+': () => this.stepGain(-1),
      '-': () => this.stepGain(1),
    };
    const act = actions[e.key];
    if (act) {
      e.preventDefault();
      act();
    }
  }

  stepGain(direction) {
    const s = this.gainSelect;
    s.selectedIndex = Math.min(s.options.length - 1, Math.max(0, s.selectedIndex + direction));
    this.redraw();
  }
}
