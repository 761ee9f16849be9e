// Each user signs review steps with an Ed25519 key. The private key is stored sealed
// with AES-256-GCM under a key derived from the user's password (scrypt), so signing
// needs the password again and a copied database file alone cannot sign.
import {
  createCipheriv, createDecipheriv, createPrivateKey, generateKeyPairSync, randomBytes, scryptSync,
  sign as edSign, verify as edVerify, createPublicKey, type KeyObject,
} from 'node:crypto';
import { ClearanceError } from '../errors';

const N = 1 << 15;
const R = 8;
const SCRYPT = { N, r: R, p: 1, maxmem: 128 * N * R * 2 };

export interface SigningKeyPair {
  publicKey: string; // SPKI PEM
  sealedPrivateKey: string; // v1$salt$iv$tag$ciphertext (base64)
}

export function generateSigningKey(password: string): SigningKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sealedPrivateKey: seal(privateKey, password),
  };
}

function seal(privateKey: KeyObject, password: string): string {
  const der = privateKey.export({ type: 'pkcs8', format: 'der' });
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = scryptSync(password.normalize('NFC'), salt, 32, SCRYPT);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ct = Buffer.concat([cipher.update(der), cipher.final()]);
  return ['v1', salt, iv, cipher.getAuthTag(), ct].map((x) => (typeof x === 'string' ? x : x.toString('base64'))).join('$');
}

export function unsealPrivateKey(sealed: string, password: string): KeyObject {
  const [v, salt, iv, tag, ct] = sealed.split('$');
  if (v !== 'v1') throw new ClearanceError('key-format', '签名密钥格式不受支持。', 'Unsupported signing key format.');
  const key = scryptSync(password.normalize('NFC'), Buffer.from(salt, 'base64'), 32, SCRYPT);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    const der = Buffer.concat([decipher.update(Buffer.from(ct, 'base64')), decipher.final()]);
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } catch {
    throw new ClearanceError('wrong-password', '密码不正确，无法使用签名密钥。', 'Wrong password: the signing key cannot be unlocked.');
  }
}

/** Re-seals the same key under a new password (password change keeps the identity). */
export function resealPrivateKey(sealed: string, oldPassword: string, newPassword: string): string {
  return seal(unsealPrivateKey(sealed, oldPassword), newPassword);
}

export function signBytes(privateKey: KeyObject, data: Uint8Array): string {
  return edSign(null, data, privateKey).toString('base64');
}

export function verifySignature(publicKeyPem: string, data: Uint8Array, signature: string): boolean {
  return edVerify(null, data, createPublicKey(publicKeyPem), Buffer.from(signature, 'base64'));
}
