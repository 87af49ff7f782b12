// Patient view: key numbers, risk and ictal probability over 1/6/24 h with alarm markers, the
// alarm list with its audit trail, the EEG around a selected alarm and the alarm policy.
import { api } from './api.js';
import { alarmCard } from './alarms.js';
import { fitWidth, riskChart } from './charts.js';
import { age, badge, clock, el, pct } from './format.js';
import { ATTENTION_LABEL } from './store.js';

/**
 * Longer than this between two points is a gap in the EEG, where the chart breaks its lines: 30 s,
 * or three history buckets when the server thins a long range to MAX_POINTS.
 */
function gapSeconds(rangeSeconds) {
  return Math.max(30, 3 * rangeSeconds / MAX_POINTS);
}

/** Appends one point to the chart columns [t, risk, ictal], after a null row if it follows a gap. */
function pushPoint([t, risk, ictal], x, r, p, gap) {
  if (t.length && x - t[t.length - 1] > gap) {
    t.push(x - gap / 2);
    risk.push(null);
    ictal.push(null);
  }
  t.push(x);
  risk.push(r);
  ictal.push(p);
}

/** Chart columns [t, risk, ictal] from history points, with a null row inside each gap. */
function withGaps(points, rangeSeconds) {
  const gap = gapSeconds(rangeSeconds);
  const data = [[], [], []];
  for (const p of points) pushPoint(data, p.endMicros / 1e6, p.smoothedRisk, p.ictal, gap);
  return data;
}

const MAX_POINTS = 1500;
const CHART_HEIGHT = 280;

export class PatientView {
  constructor({ root, store, eeg, policy, onAcknowledge }) {
    Object.assign(this, { root, store, eeg, policy, onAcknowledge });
    this.title = root.querySelector('.patient-title');
    this.badgeBox = root.querySelector('.patient-badge');
    this.stats = Object.fromEntries([...root.querySelectorAll('[data-stat]')].map(n => [n.dataset.stat, n]));
    this.alarmList = root.querySelector('.patient-alarms');
    this.chartBox = root.querySelector('.risk-plot-box');
    this.rangeButtons = [...root.querySelectorAll('[data-range]')];
    this.rangeSeconds = 3600;
    this.data = [[], [], []];
    this.chart = null;
    this.pending = false;
    this.chartDirty = false;
    this.rangeButtons.forEach(b => b.addEventListener('click', () => this.setRange(Number(b.dataset.range))));
    store.subscribe(change => {
      if (change.id !== this.id || this.root.hidden) return;
      if (change.type === 'score') this.append(change.result);
      if (change.type === 'alarm') this.alarmsDirty = true;
      this.schedule();
    });
    setInterval(() => this.tick(), 1000);
  }

  async show(id, alarmId) {
    const changed = id !== this.id;
    this.id = id;
    this.selectedAlarmId = alarmId ?? null;
    this.title.textContent = `Patient ${id}`;
    document.title = `${id} · Seizure monitor`;
    if (changed) {
      this.data = [[], [], []];
      this.alarmList.replaceChildren();
      this.ensureChart();
      this.chart.setData(this.data);
    }
    try {
      const [view, alarms] = await Promise.all([api.patient(id), api.alarms(id)]);
      if (id !== this.id) return;
      this.models = view.models;
      this.thresholds = view.policy;
      this.store.applyStatus(view.status);
      alarms.forEach(a => this.store.applyAlarm(a));
    } catch (e) {
      this.stats.fresh.textContent = e.status === 404 ? 'No data for this patient' : e.message;
    }
    this.alarmsDirty = true;
    this.schedule();
    if (changed) await this.loadHistory();
    this.policy.load(id);
    const alarm = this.selectedAlarmId ? this.store.alarm(this.selectedAlarmId) : null;
    this.eeg.show(id, alarm);
  }

  ensureChart() {
    if (this.chart) return;
    this.chart = riskChart(this.chartBox, Math.max(600, this.chartBox.clientWidth), CHART_HEIGHT, {
      alarms: () => (this.id ? [...this.store.patient(this.id).alarms.values()] : []),
      thresholds: () => (this.thresholds ? [
        { value: this.thresholds.forecastThreshold, color: 'rgba(108, 196, 238, 0.65)' },
        { value: this.thresholds.seizureThreshold, color: 'rgba(255, 138, 106, 0.65)' },
      ] : []),
    });
    fitWidth(this.chart, this.chartBox, () => CHART_HEIGHT);
  }

  async setRange(seconds) {
    this.rangeSeconds = seconds;
    this.rangeButtons.forEach(b => b.setAttribute('aria-pressed', String(Number(b.dataset.range) === seconds)));
    await this.loadHistory();
  }

  async loadHistory() {
    const id = this.id;
    const p = this.store.patient(id);
    const to = p.latest?.endMicros;
    if (to == null) return;
    const points = await api.history(id, to - this.rangeSeconds * 1e6, to, MAX_POINTS).catch(() => []);
    if (id !== this.id) return;
    this.data = withGaps(points, this.rangeSeconds);
    this.chartDirty = true;
    this.root.querySelector('.risk-panel').dataset.points = String(points.length);
    this.schedule();
  }

  append(r) {
    const [t] = this.data;
    const x = r.endMicros / 1e6;
    if (t.length && x <= t[t.length - 1]) return;
    pushPoint(this.data, x, r.smoothedRisk, r.ictalProbability, gapSeconds(this.rangeSeconds));
    const from = x - this.rangeSeconds;
    let drop = 0;
    while (drop < t.length && t[drop] < from) drop++;
    if (t.length - drop > MAX_POINTS * 2) drop = t.length - MAX_POINTS; // cap points on a long live session
    if (drop) this.data = this.data.map(a => a.slice(drop));
    this.chartDirty = true;
  }

  schedule() {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => this.render());
  }

  render() {
    this.pending = false;
    if (!this.id) return;
    this.renderStats(Date.now());
    if (this.alarmsDirty) {
      this.alarmsDirty = false;
      this.renderAlarms();
      this.chart?.redraw(false, false);
    }
  }

  /** Chart redraws at most once a second: a live chart need not move faster than a glance. */
  tick() {
    if (this.root.hidden || !this.id) return;
    this.renderStats(Date.now());
    if (this.chartDirty && this.chart) {
      this.chartDirty = false;
      const [t] = this.data;
      const end = t.length ? t[t.length - 1] : 0;
      this.chart.batch(() => {
        this.chart.setData(this.data, false);
        this.chart.setScale('x', { min: end - this.rangeSeconds, max: end });
      });
      this.root.querySelector('.risk-panel').dataset.drawn = String(t.length);
    }
  }

  renderStats(now) {
    const p = this.store.patient(this.id);
    const r = p.latest;
    const attention = p.attention(now);
    if (this.badgeBox.dataset.attention !== attention) {
      this.badgeBox.dataset.attention = attention;
      this.badgeBox.replaceChildren(badge(attention, ATTENTION_LABEL[attention]));
    }
    const set = (k, v) => { if (this.stats[k].textContent !== v) this.stats[k].textContent = v; };
    set('risk', r ? pct(r.smoothedRisk) : '–');
    set('ictal', r ? pct(r.smoothedIctal) : '–');
    set('fresh', p.lastArrivalMs ? `${p.stale(now) ? 'No data for ' : ''}${age(now - p.lastArrivalMs)}${p.stale(now) ? '' : ' ago'}` : '–');
    this.stats.fresh.closest('.stat').classList.toggle('stale', p.stale(now));
    set('artifact', r ? pct(r.artifactFraction) : '–');
    set('missing', r ? (r.missingChannels.length ? r.missingChannels.join(', ') : 'none') : '–');
    set('eegtime', r ? clock(r.endMicros) : '–');
    // Names on the card (three ONNX graphs with versions do not fit); name@version@sha in its tooltip.
    const models = this.models ?? r?.models ?? [];
    set('models', models.map(m => m.name).join(' · ') || '–');
    const full = models.map(m => `${m.name}@${m.version}${m.sha256 ? ' sha256 ' + m.sha256.slice(0, 12) : ''}`).join('\n');
    if (this.stats.models.title !== full) this.stats.models.title = full;
  }

  renderAlarms() {
    const alarms = [...this.store.patient(this.id).alarms.values()].sort((a, b) => b.onsetMicros - a.onsetMicros);
    const items = alarms.slice(0, 50).map(a => {
      const card = alarmCard(a, { onAcknowledge: this.onAcknowledge, showPatient: false });
      if (a.id === this.selectedAlarmId) {
        card.classList.add('is-selected');
        card.setAttribute('aria-current', 'true');
      }
      return card;
    });
    if (!items.length) items.push(el('li', { class: 'empty', text: 'No alarms for this patient.' }));
    this.alarmList.replaceChildren(...items);
  }
}
