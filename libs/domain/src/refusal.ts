/**
 * Why the decider refused a command. `forbidden`: the caller's role may not do this;
 * `conflict`: the item's current state does not allow it; `invalid`: the command itself is wrong.
 */
export type RefusalKind = 'forbidden' | 'conflict' | 'invalid';

export class CommandRefused extends Error {
  constructor(
    readonly kind: RefusalKind,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CommandRefused';
  }
}

export const refuse = (kind: RefusalKind, code: string, message: string): never => {
  throw new CommandRefused(kind, code, message);
};
