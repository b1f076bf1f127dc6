// Adds up the Vitest JSON reports given as arguments and prints "N passed, N failed".
// A missing or unreadable report counts as one failed test: a runner that crashed must not
// look like a runner with nothing to report.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed +=
      (report.numFailedTests ?? 0) +
      (report.numTotalTestSuites > 0 && report.success === false && !report.numFailedTests ? 1 : 0);
    console.log(`  ${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  } catch {
    console.log(`  ${file}: no report (the runner did not finish)`);
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
