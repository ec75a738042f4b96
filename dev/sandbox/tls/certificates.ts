import * as fs from 'node:fs';
import * as path from 'node:path';
import forge from 'node-forge';

/** The PEM files the HTTPS server and its clients need. */
export interface SandboxCertificates {
  /** Absolute path of the CA certificate (what NODE_EXTRA_CA_CERTS or a `ca` option should point at). */
  caCertPath: string;
  caCertPem: string;
  serverCertPem: string;
  serverKeyPem: string;
}

const CA_CERT = 'ca.pem';
const CA_KEY = 'ca-key.pem';
const SERVER_CERT = 'localhost.pem';
const SERVER_KEY = 'localhost-key.pem';
/** Renew a little before expiry so a long test run never meets an expired certificate. */
const RENEW_MARGIN_MS = 7 * 24 * 3600 * 1000;

/**
 * Loads the local CA and the localhost server certificate from `stateDir`, or makes new ones.
 * Reusing them keeps a trusted CA stable across starts (browsers and NODE_EXTRA_CA_CERTS keep working).
 */
export function loadOrCreateCertificates(stateDir: string, now = new Date()): SandboxCertificates {
  const dir = path.resolve(stateDir);
  fs.mkdirSync(dir, { recursive: true });
  const files = [CA_CERT, CA_KEY, SERVER_CERT, SERVER_KEY].map((name) => path.join(dir, name));
  const [caCertPath, caKeyPath, serverCertPath, serverKeyPath] = files;
  const existing = (): SandboxCertificates | undefined => {
    try {
      const certs = {
        caCertPath,
        caCertPem: fs.readFileSync(caCertPath, 'utf8'),
        serverCertPem: fs.readFileSync(serverCertPath, 'utf8'),
        serverKeyPem: fs.readFileSync(serverKeyPath, 'utf8'),
      };
      return stillValid(certs, now) ? certs : undefined;
    } catch {
      return undefined;
    }
  };
  // Test runs and `npm start` may share the folder: a set another process is writing is waited for once, not replaced.
  let found = existing();
  if (!found && files.some((file) => fs.existsSync(file))) {
    pause(WRITER_WAIT_MS);
    found = existing();
  }
  if (found) return found;
  const ca = makeCertificateAuthority(now);
  const server = makeServerCertificate(ca, now);
  // Keys are private to this machine's developer: 0600. Each file appears whole (written aside, then renamed).
  writeWhole(caKeyPath, forge.pki.privateKeyToPem(ca.keys.privateKey), 0o600);
  writeWhole(serverKeyPath, server.keyPem, 0o600);
  writeWhole(serverCertPath, server.certPem);
  const caCertPem = forge.pki.certificateToPem(ca.cert);
  writeWhole(caCertPath, caCertPem);
  return { caCertPath, caCertPem, serverCertPem: server.certPem, serverKeyPem: server.keyPem };
}

/** How long a start waits for a certificate set another process is writing. */
const WRITER_WAIT_MS = 500;

function writeWhole(file: string, content: string, mode?: number): void {
  const aside = `${file}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(aside, content, mode === undefined ? undefined : { mode });
  fs.renameSync(aside, file);
}

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function stillValid(certs: Omit<SandboxCertificates, 'caCertPath'>, now: Date): boolean {
  try {
    const ca = forge.pki.certificateFromPem(certs.caCertPem);
    const server = forge.pki.certificateFromPem(certs.serverCertPem);
    return (
      ca.verify(server) &&
      [ca, server].every((cert) =>
        clocks(now).every((at) => cert.validity.notBefore.getTime() <= at && cert.validity.notAfter.getTime() > at + RENEW_MARGIN_MS),
      )
    );
  } catch {
    return false;
  }
}

interface Authority {
  cert: forge.pki.Certificate;
  keys: forge.pki.rsa.KeyPair;
}

function makeCertificateAuthority(now: Date): Authority {
  const keys = forge.pki.rsa.generateKeyPair(2048);
  const cert = baseCertificate(keys.publicKey, now, 825);
  const subject = [
    { name: 'commonName', value: 'Meeting Cancel Bot Sandbox Local CA' },
    { name: 'organizationName', value: 'meeting-cancel-bot sandbox' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return { cert, keys };
}

function makeServerCertificate(ca: Authority, now: Date): { certPem: string; keyPem: string } {
  const keys = forge.pki.rsa.generateKeyPair(2048);
  // Chromium rejects leaf certificates valid for more than 398 days.
  const cert = baseCertificate(keys.publicKey, now, 397);
  cert.setSubject([{ name: 'commonName', value: 'localhost' }]);
  cert.setIssuer(ca.cert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [
        { type: 2, value: 'localhost' },
        { type: 7, ip: '127.0.0.1' },
        { type: 7, ip: '::1' },
      ],
    },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: ca.cert.generateSubjectKeyIdentifier().getBytes() },
  ]);
  cert.sign(ca.keys.privateKey, forge.md.sha256.create());
  return { certPem: forge.pki.certificateToPem(cert), keyPem: forge.pki.privateKeyToPem(keys.privateKey) };
}

function baseCertificate(publicKey: forge.pki.PublicKey, now: Date, days: number): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  // A positive random serial in minimal DER: the first byte in 0x01-0x7f. ('0' + 30 hex digits gave a leading 0x00 byte,
  // which DER forbids before a byte below 0x80; OpenSSL sometimes refused the certificate: "illegal padding".)
  const serial = forge.random.getBytesSync(16);
  cert.serialNumber = forge.util.bytesToHex(String.fromCharCode(serial.charCodeAt(0) & 0x7f || 0x01) + serial.slice(1));
  cert.validity.notBefore = new Date(Math.min(...clocks(now)) - 60 * 60 * 1000);
  cert.validity.notAfter = new Date(Math.max(...clocks(now)) + days * 24 * 3600 * 1000);
  return cert;
}

/**
 * The times a certificate must be valid at: `now`, and, in a process whose clock tests moved
 * (scripts/dev/shift-clock.cjs), the real time too, which is what OpenSSL checks validity against.
 */
function clocks(now: Date): number[] {
  const shift = Number(process.env.SHIFT_CLOCK_OFFSET_MS) || 0;
  return shift ? [now.getTime(), Date.now() - shift] : [now.getTime()];
}
