/** The first message a worker sends: its modules (compromise, the model) are loaded and it can take work. */
export const WORKER_READY = 'ready';
