const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

/**
 * One scratch folder per test run, made the temp folder of every test worker and of the processes the
 * tests start (the bot, the playground, Chromium inherit TMPDIR): data directories, browser profiles,
 * logs and downloads all land in it, and globalTeardown removes it, so a run leaves nothing in the
 * machine's temp folder however a test ends.
 */
module.exports = async function globalSetup() {
  const scratch = mkdtempSync(join(tmpdir(), 'styrbot-tests-'));
  process.env.STYRBOT_TEST_SCRATCH = scratch;
  process.env.TMPDIR = scratch;
};
