/**
 * Why the decider refused a command. `forbidden`: the caller's role may not do this;
 * `conflict`: the item's current state does not allow it; `invalid`: the command itself is wrong.
 */
export type RefusalKind = 'forbidden' | 'conflict' | 'invalid';

/** One thing wrong with a command, named by the field it concerns (as the API reports it). */
export interface FieldError {
  field: string;
  message: string;
}

export class CommandRefused extends Error {
  constructor(
    readonly kind: RefusalKind,
    readonly code: string,
    message: string,
    /** Every field at fault, when the command was checked as a whole (a plan's policy, a calendar year). */
    readonly errors: readonly FieldError[] = [],
  ) {
    super(message);
    this.name = 'CommandRefused';
  }
}

export const refuse = (kind: RefusalKind, code: string, message: string, errors: readonly FieldError[] = []): never => {
  throw new CommandRefused(kind, code, message, errors);
};
