// The live feed: one EventSource on /api/v1/stream for the whole page. EventSource retries by
// itself after a dropped connection; when the browser gives up (CLOSED) we open a new one with
// backoff. After any outage the page re-reads the REST state, since events sent meanwhile are lost.

export class LiveStream {
  constructor(url, { score, alarm, resync, state }) {
    this.url = url;
    this.handlers = { score, alarm, resync, state };
    this.retryMs = 1000;
    this.dropped = false;
    this.source = null;
  }

  start() {
    this.open();
  }

  open() {
    const es = new EventSource(this.url);
    this.source = es;
    es.addEventListener('score', e => this.handlers.score(JSON.parse(e.data)));
    es.addEventListener('alarm', e => this.handlers.alarm(JSON.parse(e.data)));
    es.onopen = () => {
      this.retryMs = 1000;
      this.handlers.state('live');
      if (this.dropped) {
        this.dropped = false;
        this.handlers.resync();
      }
    };
    es.onerror = () => {
      this.dropped = true;
      if (es.readyState === EventSource.CLOSED) {
        this.handlers.state('offline');
        setTimeout(() => { if (this.source === es) this.open(); }, this.retryMs);
        this.retryMs = Math.min(this.retryMs * 2, 15_000);
      } else {
        this.handlers.state('reconnecting');
      }
    };
  }
}
