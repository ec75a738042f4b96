import { strict as assert } from 'node:assert';
import { X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadOrCreateCertificates } from '../../dev/sandbox/tls/certificates';

describe('sandbox TLS certificates', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-certs-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('issues a localhost server certificate (SAN DNS:localhost, IP 127.0.0.1 and ::1) signed by the local CA', () => {
    const made = loadOrCreateCertificates(dir);
    const ca = new X509Certificate(made.caCertPem);
    const server = new X509Certificate(made.serverCertPem);
    assert.equal(made.caCertPath, path.join(dir, 'ca.pem'));
    assert.ok(ca.ca, 'the CA is a CA');
    assert.ok(server.verify(ca.publicKey), 'signed by the CA');
    assert.match(server.subjectAltName ?? '', /DNS:localhost/);
    assert.match(server.subjectAltName ?? '', /IP Address:127\.0\.0\.1/);
    assert.match(server.subjectAltName ?? '', /IP Address:0:0:0:0:0:0:0:1/);
  });

  it('reuses the CA and certificate while they are valid (clients keep trusting the same CA)', () => {
    const first = loadOrCreateCertificates(dir);
    const second = loadOrCreateCertificates(dir);
    assert.equal(second.caCertPem, first.caCertPem);
    assert.equal(second.serverCertPem, first.serverCertPem);
  });

  it('makes new ones when the stored certificate is about to expire', () => {
    const first = loadOrCreateCertificates(dir);
    const nearExpiry = new Date(Date.now() + 396 * 24 * 3600 * 1000);
    const renewed = loadOrCreateCertificates(dir, nearExpiry);
    assert.notEqual(renewed.serverCertPem, first.serverCertPem);
  });
});
