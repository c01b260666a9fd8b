const { rmSync } = require('node:fs');

/** Removes the run's scratch temp folder (see globalSetup.js). */
module.exports = async function globalTeardown() {
  const scratch = process.env.STYRBOT_TEST_SCRATCH;
  if (scratch) rmSync(scratch, { recursive: true, force: true });
};
