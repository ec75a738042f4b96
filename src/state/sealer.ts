import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Encrypts what the bot keeps at rest (token caches, cancellation comments) with AES-256-GCM, so
 * that a storage dump holds no secret in clear text. `purpose` is bound as associated data: a
 * value sealed for one key (say, one user's token cache) does not open as another.
 */
export class Sealer {
  private readonly key: Buffer;

  constructor(key: Buffer) {
    if (key.length !== 32) throw new Error('The sealing key must be 32 bytes');
    this.key = key;
  }

  /** A key that lives as long as this process: for memory storage, which dies with it anyway. */
  static ephemeral(): Sealer {
    return new Sealer(randomBytes(32));
  }

  seal(plain: string, purpose: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(purpose, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join('.');
  }

  /** Throws when the value was tampered with, sealed for another purpose, or with another key. */
  open(sealed: string, purpose: string): string {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('Not a sealed value');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAAD(Buffer.from(purpose, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  }
}
