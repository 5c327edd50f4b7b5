// Loaded into electronegativity by scripts/electronegativity-gate.mjs. The tool fetches
// translations and Electron release lists when it starts; offline (this project's machines and
// CI) its HTTP client retries a timed-out request after giving up and crashes the run. Failing
// every name lookup at once, with a code it does not retry, lets it carry on offline.
const dns = require('node:dns');

dns.lookup = (hostname, options, callback) => {
  const done = typeof options === 'function' ? options : callback;
  const error = Object.assign(new Error(`offline: not looking up ${hostname}`), {
    code: 'EOFFLINE',
  });
  process.nextTick(() => done(error));
};
