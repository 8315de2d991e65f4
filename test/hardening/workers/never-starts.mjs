// A worker that fails while loading, before it is ready (a broken install).
throw new Error('cannot load the model');
