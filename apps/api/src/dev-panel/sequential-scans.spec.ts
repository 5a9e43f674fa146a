import { findSequentialScans, scannedTables, type SchemaIndex } from './sequential-scans.js';

// A plan PostgreSQL 18 printed for a join of a 5,000-row table with itself, index scans turned off.
const PLAN = `Hash Join  (cost=91.75..202.00 rows=100 width=4) (actual time=0.417..1.073 rows=100.00 loops=1)
  Hash Cond: (s.id = r.id)
  Buffers: local hit=56
  ->  Seq Scan on readings s  (cost=0.00..90.50 rows=4999 width=4) (actual time=0.008..0.369 rows=5000.00 loops=1)
        Filter: (note <> 'x'::text)
        Buffers: local hit=28
  ->  Hash  (cost=90.50..90.50 rows=100 width=4) (actual time=0.404..0.404 rows=100.00 loops=1)
        Buckets: 1024  Batches: 1  Memory Usage: 12kB
        Buffers: local hit=28
        ->  Seq Scan on readings r  (cost=0.00..90.50 rows=100 width=4) (actual time=0.003..0.392 rows=100.00 loops=1)
              Filter: (sensor_id = 7)
              Rows Removed by Filter: 4900
              Buffers: local hit=28
        ->  Seq Scan on sensors  (cost=0.00..1.50 rows=50 width=4) (actual time=0.003..0.010 rows=50.00 loops=1)
Planning:
  Buffers: shared hit=88, local read=1
Planning Time: 0.462 ms
Execution Time: 1.117 ms`;

const INDEXES: SchemaIndex[] = [
  { table: 'readings', name: 'readings_pkey', leadingKey: 'id' },
  { table: 'readings', name: 'readings_sensor_id_idx', leadingKey: 'sensor_id' },
  { table: 'other', name: 'other_note_idx', leadingKey: 'note' },
];

describe('findSequentialScans', () => {
  it('counts the rows each scan read, those its filter removed included', () => {
    const scans = findSequentialScans(PLAN, INDEXES);
    expect(scans.map((scan) => [scan.table, scan.rows])).toEqual([
      ['readings', 5000],
      ['readings', 5000],
    ]);
  });

  it("names an index of the scan's table that leads with a column it filters on, else null", () => {
    const [onNote, onSensor] = findSequentialScans(PLAN, INDEXES);
    expect(onSensor?.usableIndex).toBe('readings_sensor_id_idx');
    // `other_note_idx` leads with `note`, but on another table; the string literal is no column.
    expect(onNote?.usableIndex).toBeNull();
  });

  it('leaves out scans of small tables, and plans with none', () => {
    expect(findSequentialScans(PLAN, INDEXES).map((scan) => scan.table)).not.toContain('sensors');
    expect(findSequentialScans('Result  (actual time=0.001..0.001 rows=1.00 loops=1)', [])).toEqual(
      [],
    );
  });

  it('multiplies by the loops, and reads a plan without timing', () => {
    const plan = `Seq Scan on tags  (cost=0.00..1.50 rows=50 width=4) (actual rows=100.00 loops=20)
  Filter: (lower((name)::text) = 'x'::text)
  Rows Removed by Filter: 50`;
    const indexes = [{ table: 'tags', name: 'tags_name_key', leadingKey: 'name' }];
    expect(findSequentialScans(plan, indexes)).toEqual([
      { table: 'tags', rows: 3000, usableIndex: 'tags_name_key' },
    ]);
  });
});

describe('scannedTables', () => {
  it('names each table scanned sequentially once', () => {
    expect(scannedTables(PLAN)).toEqual(['readings', 'sensors']);
  });
});
