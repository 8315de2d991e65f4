// A worker that answers every job at once with a fixed output, marking which lane did the work.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (batch) => parentPort.postMessage(batch.map((j) => ({ seq: j.seq, output: 'worker', words: 1, unresolved: false }))));
parentPort.postMessage('ready');
