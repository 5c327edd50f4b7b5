export interface Migration {
  version: number;
  name: string;
  /** Run in one transaction; recorded with its sha256, so an edited migration is caught. */
  sql: string;
}
