/**
 * What the kit's forms that create or change an object (the account form, the group form) keep
 * about their values, once: the values, which ones the user touched, whether he tried to send,
 * and which fields he changed since the server's field errors came.
 *
 * The rules it holds:
 * - nothing typed is lost: a newer version of the same object (after a stale write, R15) only
 *   changes the fields the user has not touched; another object (or screen) starts afresh;
 * - the form's own checks show once the user has tried to send, then follow his changes;
 * - a server's field error shows until the user changes that field;
 * - the errors read in the order of the screen, and the first wrong field takes focus.
 */
import type { ReactiveControllerHost } from 'lit';

/** A field that is wrong: found by a form's own checks, or in the server's `errors`. */
export interface FieldProblem {
  field: string;
  code: string;
  /** The server's own words, for a code the kit does not know. */
  message?: string;
}

/** The forms' own check beside the domain's: the contract cannot erase a closing date. */
export const CLOSING_DATE_KEPT = 'closing-date-kept';

/**
 * The error each field shows, in words: the form's own findings (`own`: empty until the user
 * tried to send), then the server's on the fields the user has not changed since; in the order
 * of the screen (`order`; fields it does not name come last).
 */
export function errorsShown(
  own: readonly FieldProblem[],
  server: readonly FieldProblem[],
  changedSinceServer: ReadonlySet<string>,
  describe: (problem: FieldProblem) => string,
  order: readonly string[] = [],
): Map<string, string> {
  const errors = new Map<string, string>();
  for (const problem of own) if (!errors.has(problem.field)) errors.set(problem.field, describe(problem));
  for (const problem of server) if (!errors.has(problem.field) && !changedSinceServer.has(problem.field)) errors.set(problem.field, describe(problem));
  const rank = (field: string) => {
    const index = order.indexOf(field);
    return index < 0 ? order.length : index;
  };
  return new Map([...errors].sort(([a], [b]) => rank(a) - rank(b)));
}

/**
 * Gives focus to the first field, in the order of the screen, that shows an error: the chosen
 * radio button of a group (the one Tab would reach), else its control. False when no field of
 * `order` shows one (only errors of fields the form does not show are left).
 */
export function focusFirstError(root: ParentNode | null | undefined, errors: ReadonlyMap<string, string>, order: readonly string[]): boolean {
  const first = order.find((name) => errors.has(name));
  if (!root || !first) return false;
  focusField(root, first);
  return true;
}

/** A field by its name, or the chosen radio button of a group, else its first. */
export function focusField(root: ParentNode, name: string): void {
  (root.querySelector<HTMLElement>(`input[name="${name}"]:checked`) ?? root.querySelector<HTMLElement>(`[name="${name}"]`))?.focus();
}

/** The values of a form over fields `F`, and what the user did with them; each change updates the host. */
export class FormState<F extends string> {
  /** The user tried to send: the form's own checks show from now on. */
  triedToSubmit = false;

  /** The user sent an edit that changes nothing: the form says so. */
  nothingChanged = false;

  private current: Record<F, string> | undefined;
  private readonly touched = new Set<F>();
  private changedSinceServer = new Set<string>();
  /** Which object and screen the values belong to. */
  private belongsTo: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The values the form starts from: empty ones, or the object's. */
    private readonly starting: () => Record<F, string>,
  ) {}

  get values(): Readonly<Record<F, string>> {
    return (this.current ??= this.starting());
  }

  /** The user has typed or chosen something. */
  get touchedAny(): boolean {
    return this.touched.size > 0;
  }

  /** The fields changed since the server's field errors came: their server error no longer applies. */
  get changedSinceServerErrors(): ReadonlySet<string> {
    return this.changedSinceServer;
  }

  /**
   * The values belong to `identity` (e.g. `edit/<id>`): another one starts afresh (true is
   * returned); the same one takes its new starting values on the fields the user left.
   */
  follow(identity: string): boolean {
    if (identity !== this.belongsTo) {
      this.belongsTo = identity;
      this.reset();
      return true;
    }
    const fresh = this.starting();
    for (const name of this.touched) fresh[name] = this.values[name];
    this.current = fresh;
    this.host.requestUpdate();
    return false;
  }

  /** Back to the starting values, as if the form had just opened. */
  reset(): void {
    this.touched.clear();
    this.current = this.starting();
    this.triedToSubmit = false;
    this.nothingChanged = false;
    this.host.requestUpdate();
  }

  /** The user changed `name`. */
  set(name: F, value: string): void {
    this.current = { ...this.values, [name]: value };
    this.touched.add(name);
    this.nothingChanged = false;
    if (!this.changedSinceServer.has(name)) this.changedSinceServer = new Set([...this.changedSinceServer, name]);
    this.host.requestUpdate();
  }

  /** New field errors came from the server: they hold until the user changes their fields. */
  serverErrorsCame(): void {
    this.changedSinceServer = new Set();
  }

  /**
   * The user sends the form: its own checks show from now on. True when `problems` finds
   * nothing wrong; otherwise, once the host rendered, focus goes to the first wrong field.
   */
  submit(problems: readonly FieldProblem[], focus: () => void): boolean {
    this.triedToSubmit = true;
    this.nothingChanged = false;
    this.host.requestUpdate();
    if (problems.length === 0) return true;
    void this.host.updateComplete.then(focus);
    return false;
  }

  /** An edit that changes nothing was sent: nothing is sent, the form says so. */
  unchanged(): void {
    this.nothingChanged = true;
    this.host.requestUpdate();
  }

  /** The errors to show (see `errorsShown`), the form's own checks once the user tried to send. */
  errors(own: () => readonly FieldProblem[], server: readonly FieldProblem[], describe: (problem: FieldProblem) => string, order: readonly string[]): Map<string, string> {
    return errorsShown(this.triedToSubmit ? own() : [], server, this.changedSinceServer, describe, order);
  }
}
