#!/usr/bin/python3
"""Writes filter_vectors_256hz.csv: reference outputs of SciPy's Butterworth filters for
IirjFilterBankTest. Run from this folder with Debian's python3-scipy:

    /usr/bin/python3 make_filter_vectors.py

Columns (one row per sample, 256 Hz):
  x            input, float32 values (microvolts): 80 uV offset, sines, seeded noise
  bandpass     sosfilt(butter(4, [0.5, 45], 'bandpass', output='sos'), x), zero initial state
  bp_notch60   band-pass then butter(2, [58, 62], 'bandstop'), zero initial state
  bp_notch50   band-pass then butter(2, [48, 52], 'bandstop'), zero initial state
  settled60    as bp_notch60 but starting from sosfilt_zi(sos) * x[0] (state settled on x[0])
"""
import numpy as np
import scipy
from scipy import signal

FS = 256.0
N = 512

rng = np.random.default_rng(20261127)
t = np.arange(N) / FS
x = (80.0
     + 30 * np.sin(2 * np.pi * 0.3 * t)
     + 20 * np.sin(2 * np.pi * 2.0 * t + 0.4)
     + 15 * np.sin(2 * np.pi * 10.0 * t + 1.1)
     + 10 * np.sin(2 * np.pi * 50.0 * t)
     + 10 * np.sin(2 * np.pi * 60.0 * t + 0.2)
     + 5 * np.sin(2 * np.pi * 100.0 * t)
     + 8 * rng.standard_normal(N))
x = x.astype(np.float32).astype(np.float64)  # the Java side filters float32 samples

bandpass = signal.butter(4, [0.5, 45.0], btype='bandpass', fs=FS, output='sos')
notch60 = signal.butter(2, [58.0, 62.0], btype='bandstop', fs=FS, output='sos')
notch50 = signal.butter(2, [48.0, 52.0], btype='bandstop', fs=FS, output='sos')
sos60 = np.vstack([bandpass, notch60])
sos50 = np.vstack([bandpass, notch50])

columns = {
    'x': x,
    'bandpass': signal.sosfilt(bandpass, x),
    'bp_notch60': signal.sosfilt(sos60, x),
    'bp_notch50': signal.sosfilt(sos50, x),
    'settled60': signal.sosfilt(sos60, x, zi=signal.sosfilt_zi(sos60) * x[0])[0],
}

with open('filter_vectors_256hz.csv', 'w') as out:
    out.write('# made by make_filter_vectors.py with scipy %s, numpy %s\n'
              % (scipy.__version__, np.__version__))
    out.write(','.join(columns) + '\n')
    for i in range(N):
        out.write(','.join('%.9g' % columns[name][i] for name in columns) + '\n')
