// The page's picture of the ward, fed by REST snapshots and SSE events. Views subscribe and get
// told which patient changed; they decide when to draw (batched per animation frame).

export const STALE_AFTER_MS = 15_000; // six missed 2.5 s hops
const SPARK_SPAN_S = 2 * 3600;        // the ward's trend line: the last 2 h of EEG time
const SPARK_STEP_S = 10;              // at most one point per 10 s, so a row holds <= 720 points
const SPARK_GAP_S = 120;              // no EEG for longer breaks the line (history comes in 30 s buckets)

/** Attention ranks: lower sorts first. */
export const RANK = { seizure: 0, alarm: 1, warning: 2, stale: 3, ok: 4 };
export const ATTENTION_LABEL = { seizure: 'SEIZURE', alarm: 'NEW ALARM', warning: 'WARNING', stale: 'NO DATA', ok: 'OK' };

export class PatientState {
  constructor(id) {
    this.id = id;
    this.latest = null;        // the last WindowResult
    this.lastArrivalMs = 0;    // wall clock when the last window was scored
    this.windows = 0;
    this.alarms = new Map();   // id -> alarm, with its audit trail
    this.spark = { t: [], v: [] };
    this.sparkVersion = 0;
  }

  get risk() { return this.latest?.smoothedRisk ?? null; }
  get ictal() { return this.latest?.smoothedIctal ?? null; }

  unacknowledged() {
    return [...this.alarms.values()].filter(a => a.acknowledgements.length === 0)
      .sort((a, b) => b.onsetMicros - a.onsetMicros);
  }

  seizureActive() {
    for (const a of this.alarms.values()) if (a.kind === 'SEIZURE' && a.state === 'ACTIVE') return true;
    return false;
  }

  forecastActive() {
    const now = this.latest?.endMicros ?? 0;
    for (const a of this.alarms.values()) if (a.kind === 'FORECAST' && a.endMicros > now) return true;
    return false;
  }

  stale(nowMs) { return this.lastArrivalMs > 0 && nowMs - this.lastArrivalMs > STALE_AFTER_MS; }

  /** The one state the status column shows; the others still show in their own columns. */
  attention(nowMs) {
    if (this.seizureActive()) return 'seizure';
    if (this.unacknowledged().length > 0) return 'alarm';
    if (this.forecastActive()) return 'warning';
    if (this.stale(nowMs)) return 'stale';
    return 'ok';
  }

  addSparkPoint(tSeconds, value) {
    const { t, v } = this.spark;
    const n = t.length;
    if (n > 0 && tSeconds <= t[n - 1]) return;
    // A gap in the EEG breaks the line (a null point) instead of bridging it.
    if (n > 0 && v[n - 1] != null && tSeconds - t[n - 1] > SPARK_GAP_S) {
      t.push(tSeconds - SPARK_GAP_S / 2);
      v.push(null);
    }
    const m = t.length;
    if (m >= 2 && v[m - 1] != null && v[m - 2] != null && tSeconds - t[m - 2] < SPARK_STEP_S) {
      t[m - 1] = tSeconds; // keep the live end current without adding points
      v[m - 1] = value;
    } else {
      t.push(tSeconds);
      v.push(value);
    }
    let drop = 0;
    while (drop < t.length && t[drop] < tSeconds - SPARK_SPAN_S) drop++;
    if (drop) { t.splice(0, drop); v.splice(0, drop); }
    this.sparkVersion++;
  }
}

export class Store {
  constructor() {
    this.patients = new Map();
    this.listeners = new Set();
  }

  subscribe(fn) { this.listeners.add(fn); return () => this.listeners.delete(fn); }

  emit(change) { for (const fn of this.listeners) fn(change); }

  patient(id) {
    let p = this.patients.get(id);
    if (!p) {
      p = new PatientState(id);
      this.patients.set(id, p);
      this.emit({ type: 'added', id });
    }
    return p;
  }

  /** A PatientStatus from GET /patients; never replaces newer data an SSE event brought. */
  applyStatus(s) {
    const p = this.patient(s.patientId);
    if (s.latest && (!p.latest || s.latest.endMicros >= p.latest.endMicros)) {
      p.latest = s.latest;
      p.lastArrivalMs = Math.max(p.lastArrivalMs, s.lastArrivalMicros / 1000);
      p.windows = Math.max(p.windows, s.windowsScored);
    }
    this.emit({ type: 'status', id: p.id });
  }

  applyHistory(id, points) {
    const p = this.patient(id);
    p.spark = { t: [], v: [] };
    for (const pt of points) p.addSparkPoint(pt.endMicros / 1e6, pt.smoothedRisk);
    if (p.latest) p.addSparkPoint(p.latest.endMicros / 1e6, p.latest.smoothedRisk);
    this.emit({ type: 'history', id });
  }

  applyScore(r, nowMs = Date.now()) {
    const p = this.patient(r.patientId);
    if (!p.latest || r.endMicros >= p.latest.endMicros || r.sessionId !== p.latest.sessionId) {
      p.latest = r;
    }
    p.lastArrivalMs = nowMs;
    p.windows++;
    p.addSparkPoint(r.endMicros / 1e6, r.smoothedRisk);
    this.emit({ type: 'score', id: p.id, result: r });
  }

  /** An alarm from REST or SSE; an update (same id) keeps the longer audit trail. */
  applyAlarm(a) {
    const p = this.patient(a.patientId);
    const known = p.alarms.get(a.id);
    const isNew = !known;
    if (known && known.acknowledgements.length > a.acknowledgements.length) {
      a = { ...a, acknowledgements: known.acknowledgements };
    }
    if (known && known.state === 'ENDED' && a.state === 'ACTIVE') {
      a = { ...a, state: 'ENDED', endMicros: known.endMicros, score: known.score };
    }
    p.alarms.set(a.id, a);
    this.emit({ type: 'alarm', id: p.id, alarm: a, isNew });
  }

  alarm(id) {
    for (const p of this.patients.values()) {
      const a = p.alarms.get(id);
      if (a) return a;
    }
    return null;
  }

  allAlarms() {
    const out = [];
    for (const p of this.patients.values()) out.push(...p.alarms.values());
    return out;
  }
}
