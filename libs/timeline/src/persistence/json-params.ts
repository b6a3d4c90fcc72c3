/**
 * Lists travel as one JSON parameter and are unpacked in SQL (`jsonb_array_elements_text`), which
 * PostgreSQL and PGlite read alike, rather than as driver-specific array parameters.
 */
export const jsonList = (values: readonly unknown[]): string => JSON.stringify(values);

/** `<column> in (...)` for a list passed with {@link jsonList}. */
export const inJsonList = (column: string, parameter: string) => `${column} in (select jsonb_array_elements_text(${parameter}::jsonb))`;
