#!/usr/bin/env node
// Runs the CLI from the TypeScript sources, so it works from a checkout after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
