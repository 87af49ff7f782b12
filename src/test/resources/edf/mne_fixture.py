#!/usr/bin/python3
"""Reference values from MNE (Debian python3-mne 1.3) for the EDF reader/writer tests.

Commands (run from the repository root; /usr/bin/python3 is the Debian Python that has MNE):

  shared data:  /usr/bin/python3 src/test/resources/edf/mne_fixture.py shared ../shared/data src/test/resources/edf
      -> mne_shared_headers.csv (file, channels, sfreq, n_times, meas_date)
         mne_shared_samples.csv (file, channel, name, sample, value_uV)
  our writer:   java -cp target/classes:target/test-classes org.seizureforecast.tools.edf.WriterFixture target/writer-fixture.edf
                /usr/bin/python3 src/test/resources/edf/mne_fixture.py writer target/writer-fixture.edf src/test/resources/edf
      -> mne_writer_readback.csv (sha256 of the file, MNE's samples and annotations)

File paths in the shared CSVs are relative to the data folder. Values are microvolts.
"""
import csv
import hashlib
import os
import sys

import mne
import numpy as np


def sample_indices(n_times):
    rng = np.random.default_rng(20261127)
    picks = {0, 1, 255, 256, n_times // 2, n_times - 1}
    picks.update(int(i) for i in rng.integers(0, n_times, 4))
    return sorted(i for i in picks if 0 <= i < n_times)


def channel_indices(n_channels):
    return sorted({0, 7, 14, n_channels - 1} & set(range(n_channels)))


def read(path):
    return mne.io.read_raw_edf(path, preload=True, verbose="error")


def shared(data_dir, out_dir):
    files = []
    for root, _, names in os.walk(data_dir):
        files += [os.path.join(root, n) for n in names if n.lower().endswith(".edf")]
    with open(os.path.join(out_dir, "mne_shared_headers.csv"), "w", newline="") as h, \
            open(os.path.join(out_dir, "mne_shared_samples.csv"), "w", newline="") as s:
        hw, sw = csv.writer(h, lineterminator="\n"), csv.writer(s, lineterminator="\n")
        hw.writerow(["file", "channels", "sfreq", "n_times", "meas_date"])
        sw.writerow(["file", "channel", "name", "sample", "value_uV"])
        for path in sorted(files):
            rel = os.path.relpath(path, data_dir)
            raw = read(path)
            data = raw.get_data() * 1e6
            hw.writerow([rel, len(raw.ch_names), raw.info["sfreq"], raw.n_times,
                         raw.info["meas_date"].strftime("%Y-%m-%dT%H:%M:%S")])
            for c in channel_indices(len(raw.ch_names)):
                for i in sample_indices(raw.n_times):
                    sw.writerow([rel, c, raw.ch_names[c], i, "%.6f" % data[c, i]])


def writer(edf, out_dir):
    digest = hashlib.sha256(open(edf, "rb").read()).hexdigest()
    raw = read(edf)
    data = raw.get_data() * 1e6
    with open(os.path.join(out_dir, "mne_writer_readback.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["kind", "a", "b", "c", "d"])
        w.writerow(["sha256", digest, "", "", ""])
        w.writerow(["header", len(raw.ch_names), raw.info["sfreq"], raw.n_times,
                    raw.info["meas_date"].strftime("%Y-%m-%dT%H:%M:%S")])
        for c in range(len(raw.ch_names)):
            for i in sample_indices(raw.n_times):
                w.writerow(["sample", c, raw.ch_names[c], i, "%.6f" % data[c, i]])
        for a in raw.annotations:
            w.writerow(["annotation", "%.6f" % a["onset"], "%.6f" % a["duration"], a["description"], ""])


if __name__ == "__main__":
    mode, source, out = sys.argv[1:4]
    {"shared": shared, "writer": writer}[mode](source, out)
