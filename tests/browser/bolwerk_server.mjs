// Starts `bolwerk serve` on a free loopback port with a fresh SQLite database and the
// demo data, for the browser tests. The binary comes from BOLWERK_BINARY (set by ctest).
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHmac } from 'node:crypto';

export async function startServer() {
  const binary = process.env.BOLWERK_BINARY;
  if (!binary) throw new Error('BOLWERK_BINARY is not set');
  const directory = mkdtempSync(join(tmpdir(), 'bolwerk-browser-'));
  const database = `sqlite:${join(directory, 'bolwerk.db')}`;
  // The demo with the BIO2 measure texts from ../shared when it is there (issue #12 item 3).
  const catalog = join(process.env.BOLWERK_SHARED_DIR || '', 'catalogs/minbzk-bio2-v1.3/maatregelen-v1.3.md');
  const catalogArguments = process.env.BOLWERK_SHARED_DIR && existsSync(catalog) ? ['--catalog', catalog] : [];
  const demo = JSON.parse(execFileSync(binary, ['--database', database, '--json', 'demo', ...catalogArguments],
    { encoding: 'utf8' }));
  // --drain-seconds 0: the test's server stops at once (no load balancer to warn).
  const child = spawn(binary, ['--database', database, 'serve', '--listen', '127.0.0.1:0', '--drain-seconds', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = await new Promise((resolve, reject) => {
    let text = '';
    child.stderr.on('data', (chunk) => {
      text += chunk;
      const match = text.match(/listening on (http:\/\/[^ ]+\/)/);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`bolwerk serve exited with ${code}: ${text}`)));
  });
  const stop = async () => {
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    rmSync(directory, { recursive: true, force: true });
  };
  return { url, accounts: demo.accounts, organisationId: demo.organisation_id, binary, database, stop };
}

// RFC 6238 TOTP (HMAC-SHA-1, 6 digits, 30 s) from a base32 secret, as an authenticator app does.
export function totp(base32, now = Date.now()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of base32.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(now / 1000 / 30)));
  const digest = createHmac('sha1', key).update(counter).digest();
  const offset = digest[digest.length - 1] & 0xf;
  const code = (digest.readUInt32BE(offset) & 0x7fffffff) % 1000000;
  return code.toString().padStart(6, '0');
}

// Creates an account with one role in the demo organisation through the CLI.
export function createUser(server, email, name, role, password) {
  execFileSync(server.binary, ['--database', server.database, 'user', 'create', '--email', email, '--name', name,
    '--organisation', String(server.organisationId), '--role', role], { input: `${password}\n${password}\n` });
}

// Signs in through the form; a privileged role enrols TOTP first and then continues past
// the recovery codes. Every browser test signs in with it.
export async function signInEnrolling(page, server, email, password) {
  await page.goto(`${server.url}inloggen`);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await page.click('button[type=submit]:has-text("Inloggen")');
  if (/\/account\/mfa$/.test(page.url())) {
    const secret = (await page.textContent('#totp-secret')).trim();
    await page.fill('#code', totp(secret));
    await page.click('button[type=submit]:has-text("activeren")');
    await page.click('a:has-text("Verder")');
  }
}

// Runs a bolwerk CLI command against the test server's database and returns its output.
export function runCli(server, args) {
  return execFileSync(server.binary, ['--database', server.database, ...args], { encoding: 'utf8' });
}
