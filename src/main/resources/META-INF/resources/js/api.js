// The REST API (prefix api/v1, relative to the page so a reverse-proxy prefix keeps working).
// Failures throw ApiError carrying the RFC 9457 problem document the service answers with.

const BASE = 'api/v1';
const enc = encodeURIComponent;

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

async function call(method, path, body) {
  const init = { method, headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const res = await fetch(`${BASE}${path}`, init);
  const text = await res.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = { detail: text.slice(0, 200) };
  }
  if (!res.ok) throw new ApiError(res.status, data);
  return data;
}

const query = params => {
  const q = Object.entries(params).filter(([, v]) => v != null).map(([k, v]) => `${k}=${enc(v)}`);
  return q.length ? `?${q.join('&')}` : '';
};

export const api = {
  patients: () => call('GET', '/patients'),
  patient: id => call('GET', `/patients/${enc(id)}`),
  history: (id, from, to, maxPoints) =>
    call('GET', `/patients/${enc(id)}/history${query({ from, to, maxPoints })}`),
  eeg: (id, from, to) => call('GET', `/patients/${enc(id)}/eeg${query({ from, to })}`),
  policy: id => call('GET', `/patients/${enc(id)}/policy`),
  setPolicy: (id, policy) => call('PUT', `/patients/${enc(id)}/policy`, policy),
  alarms: patient => call('GET', `/alarms${query({ patient })}`),
  acknowledge: (alarmId, by, note) => call('POST', `/alarms/${enc(alarmId)}/ack`, { by, note }),
};
