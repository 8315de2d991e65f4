// A worker that loads, says it is ready, and dies on the first batch it is given (a crash inside an analysis).
import { parentPort } from 'node:worker_threads';

parentPort.on('message', () => process.exit(3));
parentPort.postMessage('ready');
