import type { SqlDatabase } from '../sql-database';
import { runMigrations } from '../migrations';

/** The contract every SqlDatabase adapter honours; called by each adapter's spec. */
export function testSqlDatabase(name: string, makeDatabase: () => Promise<SqlDatabase>): void {
  describe(`SqlDatabase contract: ${name}`, () => {
    let db: SqlDatabase;
    beforeAll(async () => {
      db = await makeDatabase();
      await runMigrations(db, [{ id: '0001-items', sql: 'create table items (id int primary key, label text not null)' }]);
    });
    afterAll(() => db.close());

    it('answers a ping and parameterised queries', async () => {
      await db.ping();
      const result = await db.query<{ n: number }>('select $1::int + 1 as n', [41]);
      expect(result.rows).toEqual([{ n: 42 }]);
    });

    it('commits a transaction that resolves', async () => {
      await db.transaction(async (tx) => {
        await tx.query('insert into items (id, label) values ($1, $2)', [1, 'kept']);
      });
      const result = await db.query('select label from items where id = 1');
      expect(result.rows).toEqual([{ label: 'kept' }]);
    });

    it('rolls back a transaction that throws', async () => {
      await expect(
        db.transaction(async (tx) => {
          await tx.query('insert into items (id, label) values ($1, $2)', [2, 'lost']);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      const result = await db.query('select count(*)::int as n from items where id = 2');
      expect(result.rows).toEqual([{ n: 0 }]);
    });

    it('applies each migration once', async () => {
      const again = await runMigrations(db, [{ id: '0001-items', sql: 'create table items (id int primary key)' }]);
      expect(again).toEqual([]);
    });

    it('runs multi-statement migration scripts', async () => {
      await runMigrations(db, [{ id: '0002-two', sql: 'create table two_a (id int); create table two_b (id int);' }]);
      const result = await db.query("select count(*)::int as n from information_schema.tables where table_name in ('two_a', 'two_b') and table_schema = current_schema()");
      expect(result.rows).toEqual([{ n: 2 }]);
    });

    it('reports affected rows', async () => {
      await db.query("insert into items (id, label) values (10, 'a'), (11, 'b')");
      const result = await db.query("update items set label = 'c' where id >= 10");
      expect(result.rowCount).toBe(2);
    });
  });
}
