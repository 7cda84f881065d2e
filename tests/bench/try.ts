import { runLoad } from './load/runLoad.ts';

const r = await runLoad('parley', {
  rooms: 1,
  clientsPerRoom: 100,
  mode: 'edit',
  sendersPerRoom: 10,
  rate: 5,
  measureMs: 8000,
  workers: 1,
});
console.log(JSON.stringify({ p99: r.p99, cpu: r.cpuSeconds, us: (r.cpuSeconds / r.delivered) * 1e6 }));
