// The patient's alarm policy, editable: PUT /patients/{id}/policy with the changed fields. The
// service validates the merged policy; its problem document is shown and the field it names marked.
import { api } from './api.js';
import { clock, el } from './format.js';

const FIELDS = [
  { group: 'Detector', key: 'detector', label: 'Detector', unit: '', choices: ['onnx', 'baseline'],
    help: 'onnx: AT-AT artifact removal + STAN. baseline: line length against the patient\'s background (comparison).' },
  { group: 'Seizure detection', key: 'seizureThreshold', label: 'Threshold', unit: 'probability', min: 0.01, max: 0.99, step: 0.01,
    help: 'Smoothed ictal probability at or above which a window counts as a hit.' },
  { group: 'Seizure detection', key: 'seizureSmoothingWindows', label: 'Smoothing', unit: 'windows', min: 1, step: 1, int: true,
    help: 'Windows in the moving average of ictal probability.' },
  { group: 'Seizure detection', key: 'seizureK', label: 'Hits needed (k)', unit: 'windows', min: 1, max: 64, step: 1, int: true,
    help: 'Hits among the last n windows that raise a SEIZURE alarm.' },
  { group: 'Seizure detection', key: 'seizureN', label: 'Of the last (n)', unit: 'windows', min: 1, max: 64, step: 1, int: true,
    help: 'Window count of the k-of-n rule.' },
  { group: 'Seizure detection', key: 'seizureEndWindows', label: 'Ends after', unit: 'windows', min: 1, step: 1, int: true,
    help: 'Consecutive windows without a hit that end the event.' },
  { group: 'Seizure detection', key: 'maxArtifactFraction', label: 'Max artifact', unit: 'fraction', min: 0, max: 1, step: 0.05,
    help: 'Windows with more artifact than this never count as hits.' },
  { group: 'Forecast', key: 'forecastThreshold', label: 'Threshold', unit: 'probability', min: 0.01, max: 0.99, step: 0.01,
    help: 'Smoothed preictal risk that raises a FORECAST warning when crossed upwards.' },
  { group: 'Forecast', key: 'forecastSmoothingSeconds', label: 'Smoothing span', unit: 's', min: 1, step: 1,
    help: 'Span of the moving average of preictal risk.' },
  { group: 'Forecast', key: 'forecastRefractorySeconds', label: 'Refractory', unit: 's', min: 0, step: 60,
    help: 'No second warning within this time; also how long a warning stands.' },
  { group: 'Forecast', key: 'forecastMinCoverage', label: 'Min coverage', unit: 'fraction', min: 0, max: 1, step: 0.05,
    help: 'Share of the smoothing span that must hold data before a warning may fire.' },
];

export class PolicyForm {
  constructor(form, { onSaved }) {
    this.form = form;
    this.onSaved = onSaved;
    this.inputs = new Map();
    this.errors = new Map();
    this.message = form.querySelector('.form-message');
    const groups = new Map();
    for (const f of FIELDS) {
      if (!groups.has(f.group)) {
        const fs = el('fieldset', { class: 'policy-group' }, el('legend', { text: f.group }));
        groups.set(f.group, fs);
        form.querySelector('.policy-fields').append(fs);
      }
      const id = `policy-${f.key}`;
      const input = f.choices
        ? el('select', { id, name: f.key, 'aria-describedby': `${id}-help ${id}-error` },
            ...f.choices.map(c => el('option', { value: c, text: c })))
        : el('input', {
          id, name: f.key, type: 'number', inputmode: 'decimal', step: f.step, min: f.min, max: f.max,
          'aria-describedby': `${id}-help ${id}-error`,
        });
      const error = el('span', { id: `${id}-error`, class: 'field-error', hidden: true });
      groups.get(f.group).append(el('div', { class: 'field' },
        el('label', { for: id }, el('span', { text: f.label }), el('span', { class: 'unit', text: f.unit })),
        input,
        el('span', { id: `${id}-help`, class: 'help', text: f.help }),
        error));
      this.inputs.set(f.key, input);
      this.errors.set(f.key, error);
    }
    form.addEventListener('submit', e => { e.preventDefault(); this.save(); });
    form.querySelector('[data-reset]').addEventListener('click', () => this.fill(this.policy));
  }

  async load(patientId) {
    this.patientId = patientId;
    this.clearErrors();
    this.message.hidden = true;
    try {
      this.fill(await api.policy(patientId));
    } catch (e) {
      this.showProblem(e.message);
    }
  }

  fill(policy) {
    this.policy = policy;
    for (const [key, input] of this.inputs) input.value = policy[key];
    this.clearErrors();
  }

  /** What the form asks to change, or null after marking the fields that are not numbers. */
  changes() {
    const out = {};
    let ok = true;
    for (const f of FIELDS) {
      if (f.choices) {
        const choice = this.inputs.get(f.key).value;
        if (choice !== this.policy[f.key]) out[f.key] = choice;
        continue;
      }
      const raw = this.inputs.get(f.key).value.trim();
      const v = Number(raw);
      if (raw === '' || !Number.isFinite(v) || (f.int && !Number.isInteger(v))) {
        this.fieldError(f.key, f.int ? 'Enter a whole number.' : 'Enter a number.');
        ok = false;
      } else if (v !== this.policy[f.key]) {
        out[f.key] = v;
      }
    }
    return ok ? out : null;
  }

  async save() {
    this.clearErrors();
    this.message.hidden = true;
    const changes = this.changes();
    if (!changes) {
      this.showProblem('Some values are not numbers; nothing was saved.');
      return;
    }
    if (!Object.keys(changes).length) {
      this.showInfo('No changes to save.');
      return;
    }
    try {
      const saved = await api.setPolicy(this.patientId, changes);
      this.fill(saved);
      this.showInfo(`Saved at ${clock(Date.now() * 1000)}: ${Object.keys(changes).join(', ')}.`);
      this.onSaved?.(saved);
    } catch (e) {
      const detail = e.problem?.detail ?? e.message;
      const field = FIELDS.find(f => detail.startsWith(f.key) || detail.includes(`'${f.key}'`));
      if (field) this.fieldError(field.key, detail);
      this.showProblem(`Not saved: ${detail}`);
    }
  }

  fieldError(key, text) {
    const input = this.inputs.get(key);
    const error = this.errors.get(key);
    input.setAttribute('aria-invalid', 'true');
    error.textContent = text;
    error.hidden = false;
  }

  clearErrors() {
    for (const [key, input] of this.inputs) {
      input.removeAttribute('aria-invalid');
      this.errors.get(key).hidden = true;
    }
  }

  showProblem(text) {
    this.message.className = 'form-message form-error';
    this.message.setAttribute('role', 'alert');
    this.message.textContent = text;
    this.message.hidden = false;
  }

  showInfo(text) {
    this.message.className = 'form-message form-info';
    this.message.setAttribute('role', 'status');
    this.message.textContent = text;
    this.message.hidden = false;
  }
}
