// The last line every checking benchmark prints, and its exit code: PASS, or FAIL with each
// check that did not hold (a check is false when it held, its description when it did not).
export function reportResult(checks: Array<string | false>): void {
  const failures = checks.filter((c): c is string => Boolean(c));
  console.log(failures.length === 0 ? "  result            PASS" : `  result            FAIL: ${failures.join("; ")}`);
  process.exitCode = failures.length === 0 ? 0 : 1;
}
