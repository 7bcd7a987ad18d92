/** The trivial (local) activity of the bare workflow: returns its input, so only Temporal's round trip is measured. */
export interface BareActivities {
  echo(payload: unknown): Promise<unknown>;
}

export const bareActivities: BareActivities = {
  async echo(payload) {
    return payload;
  },
};
