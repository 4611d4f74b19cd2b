// Loaded into a spawned server by a test (NODE_OPTIONS=--import): on SIGUSR2 it plants the fault that
// PLANTED_FAULT names, the ways a server can end without anyone having asked it to.
const fault = process.env.PLANTED_FAULT;

process.on('SIGUSR2', () => {
  if (fault === 'rejection') void Promise.reject(new Error('planted rejection'));
  if (fault === 'exception') setImmediate(() => {
    throw new Error('planted exception');
  });
  if (fault === 'memory') {
    // About 1 MB more every 50 ms, kept: slow enough that the heap passes its warning mark before it runs out.
    const hoard = [];
    const grow = () => {
      hoard.push(new Array(128 * 1024).fill(hoard.length + 0.5));
      setTimeout(grow, 50);
    };
    grow();
  }
});
