export interface Migration {
  version: number;
  name: string;
  /**
   * The SQLite schema change. Run in one transaction; recorded with its sha256, so an edited
   * migration is caught.
   */
  sql: string;
  /**
   * The same change for PostgreSQL (the team server), checked by its own sha256 there. The two
   * say the same thing in each engine's words; a test builds both and compares the schemas.
   */
  postgres?: string;
}
