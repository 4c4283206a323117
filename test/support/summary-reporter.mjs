// Ends the run with one plain line, "N passed, N failed", and fails a run that ran no test.
function count(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      let fileErrors = 0;
      for (const session of sessions) {
        count(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) fileErrors += 1;
      }
      const failed = totals.failed + fileErrors;
      const line = `${totals.passed} passed, ${failed} failed` + (totals.skipped ? `, ${totals.skipped} skipped` : '');
      // Printed after the default reporter has finished drawing.
      setTimeout(() => {
        process.stdout.write(`\n${line}\n`);
        if (totals.passed + failed === 0) {
          process.stdout.write('No test was executed: this run counts as a failure.\n');
          process.exitCode = 1;
        }
      }, 0);
    },
  };
}
