// Alarms: the ward's queue of unacknowledged alarms, the acknowledgement dialog, the audit trail
// and the optional (off by default) alarm sound.
import { api } from './api.js';
import { badge, clock, dateTime, duration, el, icon } from './format.js';

export const KIND_LABEL = { SEIZURE: 'SEIZURE', FORECAST: 'FORECAST' };
const kindBadge = a => badge(a.kind === 'SEIZURE' ? 'seizure' : 'warning', KIND_LABEL[a.kind] ?? a.kind);

export function topChannels(a) {
  return (a.explanation?.topChannels ?? []).map(c => c.channel);
}

export function alarmSummary(a) {
  const parts = [`Onset ${clock(a.onsetMicros)}`];
  if (a.kind === 'SEIZURE') {
    parts.push(a.state === 'ACTIVE' ? 'ongoing' : `lasted ${duration((a.endMicros - a.onsetMicros) / 1e6)}`);
  } else {
    parts.push(`warning until ${clock(a.endMicros, false)}`);
  }
  parts.push(`score ${Math.round(a.score * 100)}%`);
  return parts.join(' · ');
}

/** Who acknowledged, when (wall clock) and with what note: oldest first. */
export function auditTrail(a) {
  const list = el('ul', { class: 'audit-trail', 'aria-label': 'Audit trail' });
  for (const ack of a.acknowledgements) {
    list.append(el('li', {},
      icon('check', 'icon icon-sm'),
      el('span', { class: 'audit-by', text: ack.by }),
      el('time', { class: 'audit-at', datetime: new Date(ack.atMicros / 1000).toISOString(),
        text: `${dateTime(ack.atMicros)} (wall clock)` }),
      ack.note ? el('q', { class: 'audit-note', text: ack.note }) : el('span', { class: 'muted', text: 'no note' })));
  }
  return list;
}

export function alarmCard(a, { onAcknowledge, showPatient = true }) {
  const top = topChannels(a);
  const acked = a.acknowledgements.length > 0;
  const review = `#/patient/${encodeURIComponent(a.patientId)}/alarm/${encodeURIComponent(a.id)}`;
  return el('li', {
    class: `alarm-card alarm-card--${a.kind.toLowerCase()}${acked ? ' is-acked' : ''}`,
    'data-alarm-id': a.id, 'data-kind': a.kind, 'data-acknowledged': String(acked),
  },
  el('div', { class: 'alarm-head' },
    kindBadge(a),
    showPatient ? el('a', { class: 'alarm-patient', href: `#/patient/${encodeURIComponent(a.patientId)}`, text: a.patientId }) : null,
    a.kind === 'SEIZURE'
      ? el('span', { class: `alarm-state state-${a.state.toLowerCase()}`, text: a.state === 'ACTIVE' ? 'Ongoing' : 'Ended' })
      : null),
  el('div', { class: 'alarm-meta', text: alarmSummary(a) }),
  top.length ? el('div', { class: 'alarm-why', text: `Top channels: ${top.join(', ')}` }) : null,
  acked ? auditTrail(a) : null,
  el('div', { class: 'alarm-actions' },
    acked ? null : el('button', {
      type: 'button', class: 'btn btn-ack', onclick: () => onAcknowledge(a),
      'aria-label': `Acknowledge ${a.kind} alarm of patient ${a.patientId} at ${clock(a.onsetMicros)}`,
    }, icon('alarm'), el('span', { text: 'Acknowledge' })),
    el('a', { class: 'btn btn-quiet', href: review, text: 'Review EEG' })));
}

/** The ward's side panel: unacknowledged alarms (newest first), then the recently acknowledged. */
export class AlarmQueue {
  constructor({ list, acked, count, store, onAcknowledge }) {
    Object.assign(this, { list, acked, count, store, onAcknowledge });
    this.pending = false;
    this.signature = '';
    store.subscribe(change => {
      if (change.type === 'alarm' || change.type === 'resync') this.schedule();
    });
  }

  schedule() {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => this.render());
  }

  render() {
    this.pending = false;
    const all = this.store.allAlarms();
    const open = all.filter(a => a.acknowledgements.length === 0).sort((a, b) => b.onsetMicros - a.onsetMicros);
    const done = all.filter(a => a.acknowledgements.length > 0)
      .sort((a, b) => last(b).atMicros - last(a).atMicros).slice(0, 8);
    const signature = [...open, ...done].map(a => `${a.id}:${a.state}:${a.acknowledgements.length}`).join('|');
    if (signature === this.signature) return;
    this.signature = signature;
    this.count.textContent = String(open.length);
    this.list.replaceChildren(...open.slice(0, 30).map(a => alarmCard(a, { onAcknowledge: this.onAcknowledge })));
    if (open.length === 0) this.list.append(el('li', { class: 'empty', text: 'No unacknowledged alarms.' }));
    this.acked.replaceChildren(...done.map(a => alarmCard(a, { onAcknowledge: this.onAcknowledge })));
    if (done.length === 0) this.acked.append(el('li', { class: 'empty', text: 'None yet.' }));
  }
}

const last = a => a.acknowledgements[a.acknowledgements.length - 1];

/** The acknowledgement dialog: who (remembered on this screen) and an optional note. */
export class AckDialog {
  constructor(dialog, store) {
    this.dialog = dialog;
    this.store = store;
    this.form = dialog.querySelector('form');
    this.by = dialog.querySelector('[name=by]');
    this.note = dialog.querySelector('[name=note]');
    this.error = dialog.querySelector('.form-error');
    this.title = dialog.querySelector('.dialog-alarm');
    this.form.addEventListener('submit', e => { e.preventDefault(); this.submit(); });
    dialog.querySelector('[data-cancel]').addEventListener('click', () => dialog.close());
  }

  open(alarm) {
    this.alarm = alarm;
    this.returnFocus = document.activeElement;
    this.title.textContent = `${alarm.kind} · patient ${alarm.patientId} · ${alarmSummary(alarm)}`;
    this.by.value = localStorage.getItem('ack.by') ?? '';
    this.note.value = '';
    this.error.hidden = true;
    this.dialog.showModal();
    (this.by.value ? this.note : this.by).focus();
    this.dialog.addEventListener('close', () => this.returnFocus?.focus?.(), { once: true });
  }

  async submit() {
    const by = this.by.value.trim();
    if (!by) {
      this.showError('Enter who is acknowledging.');
      this.by.focus();
      return;
    }
    try {
      const updated = await api.acknowledge(this.alarm.id, by, this.note.value.trim());
      localStorage.setItem('ack.by', by);
      this.store.applyAlarm(updated);
      this.dialog.close();
    } catch (e) {
      this.showError(e.message);
    }
  }

  showError(text) {
    this.error.textContent = text;
    this.error.hidden = false;
  }
}

/** A short tone for new alarms; off until someone switches it on. */
export class AlarmSound {
  constructor(button) {
    this.button = button;
    this.on = false;
    this.context = null;
    button.addEventListener('click', () => this.toggle());
    this.render();
  }

  toggle() {
    this.on = !this.on;
    if (this.on && !this.context) this.context = new AudioContext();
    this.render();
  }

  render() {
    this.button.setAttribute('aria-pressed', String(this.on));
    this.button.querySelector('span').textContent = this.on ? 'Sound on' : 'Sound off';
  }

  alarm(a) {
    if (!this.on || !this.context) return;
    const beeps = a.kind === 'SEIZURE' ? 3 : 1;
    const t0 = this.context.currentTime;
    for (let i = 0; i < beeps; i++) {
      const osc = this.context.createOscillator();
      const gain = this.context.createGain();
      osc.frequency.value = a.kind === 'SEIZURE' ? 880 : 660;
      gain.gain.setValueAtTime(0.0001, t0 + i * 0.3);
      gain.gain.exponentialRampToValueAtTime(0.25, t0 + i * 0.3 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t0 + i * 0.3 + 0.2);
      osc.connect(gain).connect(this.context.destination);
      osc.start(t0 + i * 0.3);
      osc.stop(t0 + i * 0.3 + 0.22);
    }
  }
}
