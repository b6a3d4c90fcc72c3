interface Waiting<Item, Result> {
  readonly item: Item;
  readonly resolve: (result: Result) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Collects the calls made during one turn of the event loop (every webhook being handled at that
 * moment) and runs them as one batch: one round trip, one statement, instead of one per webhook.
 * `run` answers one result per item, in order; a failure fails every item of the batch.
 */
export function turnBatcher<Item, Result>(run: (items: readonly Item[]) => Promise<readonly Result[]>): (item: Item) => Promise<Result> {
  let pending: Waiting<Item, Result>[] | undefined;
  const flush = (batch: readonly Waiting<Item, Result>[]): void => {
    run(batch.map((entry) => entry.item)).then(
      (results) => batch.forEach((entry, index) => entry.resolve(results[index] as Result)),
      (error: unknown) => batch.forEach((entry) => entry.reject(error)),
    );
  };
  return (item) =>
    new Promise<Result>((resolve, reject) => {
      let batch = pending;
      if (batch === undefined) {
        const opened: Waiting<Item, Result>[] = [];
        batch = pending = opened;
        setImmediate(() => {
          pending = undefined;
          flush(opened);
        });
      }
      batch.push({ item, resolve, reject });
    });
}
