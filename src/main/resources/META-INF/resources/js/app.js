// Boots the dashboard: one store, one SSE connection, the ward and patient views, hash routing
// (#/ and #/patient/<id>[/alarm/<alarmId>]). window.dashboard exposes the live counters that the
// browser tests and the scale measurement read.
import { api } from './api.js';
import { AckDialog, AlarmQueue, AlarmSound } from './alarms.js';
import { EegViewer } from './eeg.js';
import { PatientView } from './patient.js';
import { PolicyForm } from './policy.js';
import { Store } from './store.js';
import { LiveStream } from './stream.js';
import { WardView } from './ward.js';

const $ = sel => document.querySelector(sel);

const stats = {
  events: { score: 0, alarm: 0 },
  firstEventMs: 0,
  lastEventMs: 0,
  flushes: 0,
  flushMsTotal: 0,
  flushMsMax: 0,
  longTasks: 0,
  longTaskMs: 0,
  resyncs: 0,
  counted(type) {
    const now = performance.now();
    this.events[type]++;
    if (!this.firstEventMs) this.firstEventMs = now;
    this.lastEventMs = now;
  },
  ticks: 0,
  tickMsTotal: 0,
  tickMsMax: 0,
  ticked(ms) {
    this.ticks++;
    this.tickMsTotal += ms;
    this.tickMsMax = Math.max(this.tickMsMax, ms);
  },
  flushed(ms) {
    this.flushes++;
    this.flushMsTotal += ms;
    this.flushMsMax = Math.max(this.flushMsMax, ms);
  },
};

if ('PerformanceObserver' in window && PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
  new PerformanceObserver(list => {
    for (const e of list.getEntries()) {
      stats.longTasks++;
      stats.longTaskMs += e.duration;
    }
  }).observe({ type: 'longtask', buffered: true });
}

const store = new Store();
const sound = new AlarmSound($('#sound-toggle'));
const dialog = new AckDialog($('#ack-dialog'), store);
const acknowledge = alarm => dialog.open(alarm);

const ward = new WardView({
  root: $('#ward-view'), tbody: $('#ward-rows'), empty: $('#ward-empty'), summary: $('#summary'),
  store, stats, onAcknowledge: acknowledge,
});
new AlarmQueue({ list: $('#queue'), acked: $('#acked'), count: $('#queue-count'), store, onAcknowledge: acknowledge });
const patient = new PatientView({
  root: $('#patient-view'), store, eeg: new EegViewer($('#eeg-panel')),
  policy: new PolicyForm($('#policy-form'), {
    onSaved: saved => { patient.thresholds = saved; patient.chart?.redraw(false, false); },
  }),
  onAcknowledge: acknowledge,
});

store.subscribe(change => {
  if (change.type === 'alarm' && change.isNew && change.alarm.acknowledgements.length === 0) sound.alarm(change.alarm);
});

/** Reads the whole state over REST: at start and after every reconnection of the stream. */
async function resync() {
  stats.resyncs++;
  try {
    const [patients, alarms] = await Promise.all([api.patients(), api.alarms()]);
    patients.forEach(s => store.applyStatus(s));
    alarms.forEach(a => store.applyAlarm(a));
    store.emit({ type: 'resync' });
    await Promise.all(patients.filter(s => s.latest).map(s =>
      api.history(s.patientId, s.latest.endMicros - 7200e6, s.latest.endMicros, 240)
        .then(points => store.applyHistory(s.patientId, points))
        .catch(() => {})));
  } catch (e) {
    setConnection('offline', `Cannot read the service: ${e.message}`);
  }
}

const CONNECTION = {
  live: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline – retrying',
};

function setConnection(state, title) {
  const node = $('#conn');
  node.dataset.state = state;
  node.querySelector('span').textContent = CONNECTION[state];
  node.title = title ?? '';
}

const stream = new LiveStream('api/v1/stream', {
  score: r => { stats.counted('score'); store.applyScore(r); },
  alarm: a => { stats.counted('alarm'); store.applyAlarm(a); },
  resync,
  state: setConnection,
});

function route() {
  const m = location.hash.match(/^#\/patient\/([^/]+)(?:\/alarm\/([^/]+))?/);
  const onPatient = !!m;
  $('#ward-view').hidden = onPatient;
  $('#patient-view').hidden = !onPatient;
  $('#nav-ward').toggleAttribute('aria-current', !onPatient);
  if (onPatient) {
    const id = decodeURIComponent(m[1]);
    patient.show(id, m[2] ? decodeURIComponent(m[2]) : null);
  } else {
    document.title = 'Ward · Seizure monitor';
    ward.tick();
  }
  if (m?.[2]) {
    // "Review EEG": take the reader (and the keyboard focus) straight to the EEG
    const plot = $('#eeg-panel .eeg-plot');
    plot.focus({ preventScroll: true });
    $('#eeg-panel').scrollIntoView({ block: 'start' });
  } else {
    $('#main').focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }
}

function tickClock() {
  $('#clock').textContent = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

window.addEventListener('hashchange', route);
setInterval(tickClock, 1000);
tickClock();
stream.start();
resync();
route();

window.dashboard = { store, stats, stream, ward, patient };
