/** The shapes of IBM Equal Access's engine (accessibility-checker-engine's `ace.js`, a classic script) that the suite reads. */
export interface AceResult {
  ruleId: string;
  /** e.g. `['VIOLATION', 'FAIL']`: the suite counts only those definite failures. */
  value: [string, string];
  message: string;
  path: { dom: string };
  snippet: string;
}

export interface AceChecker {
  check(node: Node, policies: string[]): Promise<{ results: AceResult[] }>;
}
