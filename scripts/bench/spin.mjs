// A probe of the CPU the host gives: a loop that stays in registers (no memory traffic, no allocation), so two at
// once scale 2.0x unless the host takes CPU time away from this VM. `node spin.mjs N` runs N iterations and prints
// {"ms"} of the loop. Beside the compromise pair (which shares cache and memory bandwidth) it tells the host's share
// apart from the cores slowing each other.
const n = Number(process.argv[2]) || 4e8;
const began = performance.now();
let x = 0x12345678 | 0;
for (let i = 0; i < n; i++) {
  x = (x * 1103515245 + 12345) | 0;
  x ^= x >>> 7;
}
process.stdout.write(`${JSON.stringify({ ms: performance.now() - began, x })}\n`);
