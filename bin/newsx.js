#!/usr/bin/env node
// Thin shim: all behaviour lives in the compiled CLI so start-up loads plain JS.
import { main } from '../dist/cli/main.js';
main();
