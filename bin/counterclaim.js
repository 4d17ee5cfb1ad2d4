#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx counterclaim` works right after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
// `counterclaim judge … | head` closes the pipe early: stop quietly, as Unix tools do, instead of a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
