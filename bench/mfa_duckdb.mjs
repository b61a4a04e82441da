// The MFA question of bench/mfa_bench.sh answered by DuckDB (@duckdb/node-api) over a
// JSON lines sign-in log. Prints "answer N M K" and writes the single-factor accounts.
//   node mfa_duckdb.mjs FILE ACCOUNTS_OUT THREADS
import fs from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const [file, accountsOut, threads] = process.argv.slice(2);
const instance = await DuckDBInstance.create(':memory:', { threads: String(threads ?? 2) });
const connection = await instance.connect();
const source = `read_json('${file.replaceAll("'", "''")}', format = 'newline_delimited', columns = {
  status: 'STRUCT(errorCode BIGINT)', isInteractive: 'BOOLEAN', authenticationRequirement: 'VARCHAR',
  userPrincipalName: 'VARCHAR', userId: 'VARCHAR', mfaDetail: 'STRUCT(authMethod VARCHAR)'})`;
const started = process.hrtime.bigint();
await connection.run(`CREATE TEMP TABLE ok AS SELECT coalesce(userPrincipalName, userId) AS account,
  CASE WHEN authenticationRequirement IS NOT NULL THEN authenticationRequirement = 'multiFactorAuthentication'
       ELSE coalesce(mfaDetail.authMethod, '') <> '' END AS mfa
  FROM ${source} WHERE status.errorCode = 0 AND coalesce(isInteractive, true)`);
const totals = (await connection.runAndReadAll('SELECT count(*), count(*) FILTER (WHERE mfa) FROM ok')).getRows()[0];
const accounts = (await connection.runAndReadAll('SELECT DISTINCT account FROM ok WHERE NOT mfa ORDER BY account')).getRows();
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
fs.writeFileSync(accountsOut, accounts.map((row) => `${row[0]}\n`).join(''));
const gigabytes = fs.statSync(file).size / 1e9;
console.log(`duckdb: ${gigabytes.toFixed(3)} GB in ${seconds.toFixed(3)} s = ${(gigabytes / seconds).toFixed(2)} GB/s on ${threads} threads`);
console.log(`answer ${totals[0]} ${totals[1]} ${accounts.length}`);
