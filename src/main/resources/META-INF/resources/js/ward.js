// Ward view: one row per patient, the patient needing attention on top. Store changes only mark
// rows dirty; one animation frame applies them, touching only the cells whose text changed.
// Trend lines redraw at most every 5 s, and the risk order (not the attention order) at
// most every 5 s, so rows do not jump about with every window.
import { sparkline } from './charts.js';
import { age, badge, el, icon, pct } from './format.js';
import { ATTENTION_LABEL, RANK } from './store.js';

const RISK_RESORT_MS = 5000;
const SPARK_MIN_S = 15 * 60;
const SPARK_MAX_S = 2 * 3600;
const SPARK_REDRAW_MS = 5000; // a trend over hours need not move every second

class Row {
  constructor(patient, { onAcknowledge }) {
    this.p = patient;
    this.text = new Map();
    this.attention = null;
    this.sparkDrawn = -1;
    this.sparkAt = 0;
    const id = patient.id;
    const link = el('a', { href: `#/patient/${encodeURIComponent(id)}`, class: 'patient-link', text: id });
    this.statusCell = el('td', { class: 'c-status' });
    this.riskValue = el('span', { class: 'num-xl' });
    this.ictalValue = el('span', { class: 'num-l' });
    this.windowsText = el('span', { class: 'sub' });
    this.sparkBox = el('div', { class: 'spark', role: 'img' });
    this.alarmCell = el('td', { class: 'c-alarms' });
    this.freshText = el('span', { class: 'fresh-text' });
    this.freshCell = el('td', { class: 'c-fresh' }, this.freshText);
    this.artifactText = el('span', { class: 'artifact' });
    this.missingText = el('span', { class: 'missing' });
    this.ackButton = el('button', {
      class: 'btn btn-ack', type: 'button',
      onclick: () => { const a = this.p.unacknowledged()[0]; if (a) onAcknowledge(a); },
    }, icon('alarm'), el('span', { text: 'Acknowledge' }));
    this.unackText = el('span', { class: 'unack-count' });
    this.tr = el('tr', { 'data-patient-id': id },
      this.statusCell,
      el('th', { scope: 'row', class: 'c-patient' }, link, this.windowsText),
      el('td', { class: 'c-risk' }, this.riskValue, el('span', { class: 'unit', text: '%' })),
      el('td', { class: 'c-trend' }, this.sparkBox),
      el('td', { class: 'c-ictal' }, this.ictalValue, el('span', { class: 'unit', text: '%' })),
      this.alarmCell,
      this.freshCell,
      el('td', { class: 'c-signal' }, this.artifactText, this.missingText));
    this.spark = sparkline(this.sparkBox, 168, 46);
  }

  set(node, key, value) {
    if (this.text.get(key) !== value) {
      this.text.set(key, value);
      node.textContent = value;
    }
  }

  /** Applies the patient's data; returns true when the attention state changed. */
  update(now) {
    const p = this.p;
    const r = p.latest;
    this.set(this.riskValue, 'risk', r ? pct(r.smoothedRisk) : '–');
    this.set(this.ictalValue, 'ictal', r ? pct(r.smoothedIctal) : '–');
    this.tr.dataset.risk = r ? r.smoothedRisk.toFixed(3) : '';
    this.tr.dataset.windows = String(p.windows);
    this.set(this.windowsText, 'windows', `${p.windows} windows`);
    this.set(this.artifactText, 'artifact', r ? `Artifact ${pct(r.artifactFraction)}%` : 'Artifact –');
    const missing = r ? r.missingChannels : [];
    this.set(this.missingText, 'missing', missing.length === 0 ? 'All channels'
      : `${missing.length} missing: ${missing.slice(0, 2).join(', ')}${missing.length > 2 ? '…' : ''}`);
    this.missingText.title = missing.join(', ');
    this.missingText.classList.toggle('warn', missing.length > 0);
    this.artifactText.classList.toggle('warn', !!r && r.artifactFraction >= 0.3);
    this.updateAlarms();
    return this.tick(now);
  }

  updateAlarms() {
    const unacked = this.p.unacknowledged();
    const key = unacked.map(a => a.id).join();
    if (this.text.get('alarms') === key) return;
    this.text.set('alarms', key);
    if (unacked.length === 0) {
      this.alarmCell.replaceChildren(el('span', { class: 'muted', text: this.p.alarms.size ? 'All acknowledged' : 'None' }));
      return;
    }
    const newest = unacked[0];
    this.ackButton.setAttribute('aria-label', `Acknowledge ${newest.kind} alarm of patient ${this.p.id}`);
    this.set(this.unackText, 'unack', `${unacked.length} new`);
    this.alarmCell.replaceChildren(this.ackButton, this.unackText);
  }

  /** Freshness, staleness and the trend line; returns true when the attention state changed. */
  tick(now, visible = true) {
    const p = this.p;
    const stale = p.stale(now);
    const ago = p.lastArrivalMs ? age(now - p.lastArrivalMs) : '–';
    this.set(this.freshText, 'fresh', stale ? `No data for ${ago}` : `${ago} ago`);
    if (this.text.get('stale') !== stale) {
      this.text.set('stale', stale);
      this.freshCell.classList.toggle('stale', stale);
      this.freshCell.replaceChildren(...(stale ? [icon('stale'), this.freshText] : [this.freshText]));
    }
    if (visible && this.sparkDrawn !== p.sparkVersion && now - this.sparkAt >= SPARK_REDRAW_MS) {
      this.sparkAt = now;
      this.sparkDrawn = p.sparkVersion;
      const { t, v } = p.spark;
      const end = t.length ? t[t.length - 1] : 0;
      // at least 15 min wide, at most the 2 h held, so a new patient's trend is not a dot
      const span = Math.min(SPARK_MAX_S, Math.max(SPARK_MIN_S, t.length ? end - t[0] : 0));
      this.spark.batch(() => {
        this.spark.setData([t, v], false);
        this.spark.setScale('x', { min: end - span, max: end });
      });
      this.sparkBox.setAttribute('aria-label',
        `Forecast risk over the last ${Math.round(span / 60)} minutes, now ${pct(p.risk)}%`);
    }
    const attention = p.attention(now);
    if (attention === this.attention) return false;
    this.attention = attention;
    this.tr.dataset.attention = attention;
    this.statusCell.replaceChildren(badge(attention, ATTENTION_LABEL[attention]));
    return true;
  }

  sortKey() {
    return [RANK[this.attention] ?? 9, -Math.floor((this.p.risk ?? 0) * 10), this.p.id];
  }
}

function compare(a, b) {
  const x = a.sortKey();
  const y = b.sortKey();
  for (let i = 0; i < x.length; i++) {
    if (x[i] < y[i]) return -1;
    if (x[i] > y[i]) return 1;
  }
  return 0;
}

export class WardView {
  constructor({ root, tbody, empty, summary, store, stats, onAcknowledge }) {
    Object.assign(this, { root, tbody, empty, summary, store, stats, onAcknowledge });
    this.rows = new Map();
    this.dirty = new Set();
    this.pending = false;
    this.lastRiskSort = 0;
    store.subscribe(change => {
      if (change.id == null) return;
      this.dirty.add(change.id);
      this.schedule();
    });
    setInterval(() => this.tick(), 1000);
  }

  visible() {
    return !this.root.hidden;
  }

  schedule() {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => this.flush());
  }

  flush() {
    this.pending = false;
    const t0 = performance.now();
    const now = Date.now();
    let resort = false;
    for (const id of this.dirty) {
      let row = this.rows.get(id);
      if (!row) {
        row = new Row(this.store.patient(id), { onAcknowledge: this.onAcknowledge });
        this.rows.set(id, row);
        this.tbody.append(row.tr);
        resort = true;
      }
      if (row.update(now)) resort = true;
    }
    this.dirty.clear();
    if (resort) this.sort();
    this.updateSummary(now);
    this.stats.flushed(performance.now() - t0);
  }

  tick() {
    const t0 = performance.now();
    const now = Date.now();
    const visible = this.visible();
    let resort = false;
    for (const row of this.rows.values()) if (row.tick(now, visible)) resort = true;
    if (resort || now - this.lastRiskSort > RISK_RESORT_MS) this.sort();
    this.updateSummary(now);
    this.stats.ticked(performance.now() - t0);
  }

  /** Moves only the rows that are out of place. */
  sort() {
    this.lastRiskSort = Date.now();
    const ordered = [...this.rows.values()].sort(compare);
    let at = this.tbody.firstElementChild;
    for (const row of ordered) {
      if (row.tr === at) at = at.nextElementSibling;
      else this.tbody.insertBefore(row.tr, at);
    }
  }

  updateSummary() {
    const counts = { seizure: 0, alarm: 0, warning: 0, stale: 0, ok: 0 };
    for (const row of this.rows.values()) counts[row.attention] = (counts[row.attention] ?? 0) + 1;
    this.empty.hidden = this.rows.size > 0;
    const parts = [`${this.rows.size} patients`];
    if (counts.seizure) parts.push(`${counts.seizure} seizure`);
    if (counts.alarm) parts.push(`${counts.alarm} unacknowledged`);
    if (counts.warning) parts.push(`${counts.warning} warning`);
    if (counts.stale) parts.push(`${counts.stale} no data`);
    const text = parts.join(' · ');
    if (this.summary.textContent !== text) this.summary.textContent = text;
  }
}
