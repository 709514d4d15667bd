package dev.restsh.shell.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reads the private key of a PEM file as curl and HTTPie accept it: PKCS#8 ({@code PRIVATE KEY}, or {@code
 * ENCRYPTED PRIVATE KEY} with PBES2/PBES1) and PKCS#1 RSA ({@code RSA PRIVATE KEY}, plain or with OpenSSL's
 * {@code Proc-Type: 4,ENCRYPTED} header). The password is asked for only when the key is encrypted.
 */
final class PemPrivateKeys {
    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ((?:ENCRYPTED |RSA |EC )?PRIVATE KEY)-----(.*?)-----END \\1-----", Pattern.DOTALL);
    private static final Pattern DEK_INFO = Pattern.compile("DEK-Info:\\s*([A-Z0-9-]+),([0-9A-Fa-f]+)");
    /** The DER prefix that wraps a PKCS#1 RSA key into PKCS#8 (version 0, rsaEncryption, NULL parameters). */
    private static final byte[] RSA_ALGORITHM = HexFormat.of().parseHex("020100300d06092a864886f70d0101010500");

    /** Why a key could not be read; the message is the reason, for one line about the file. */
    static final class KeyException extends Exception {
        private static final long serialVersionUID = 1L;

        KeyException(String message) {
            super(message);
        }
    }

    private PemPrivateKeys() {}

    /** The first private key in the text, if it has one. */
    static Optional<PrivateKey> read(String pem, Supplier<char[]> password) throws KeyException {
        Matcher block = BLOCK.matcher(pem);
        if (!block.find()) {
            return Optional.empty();
        }
        String type = block.group(1);
        String body = block.group(2);
        if (type.startsWith("EC ")) {
            throw new KeyException(
                    "an EC key in OpenSSL's own format; convert it to PKCS#8 with: openssl pkcs8 -topk8 -in KEY");
        }
        Matcher dek = DEK_INFO.matcher(body);
        String base64 = body.replaceAll("(?m)^[A-Za-z-]+:.*$", "").replaceAll("\\s", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new KeyException("the PEM block is not valid base64");
        }
        try {
            if (type.startsWith("ENCRYPTED")) {
                return Optional.of(decrypted(decryptPkcs8(der, ask(password))));
            }
            if (type.startsWith("RSA")) {
                return Optional.of(
                        dek.find()
                                ? decrypted(wrapPkcs1(decryptOpenSsl(der, dek.group(1), dek.group(2), ask(password))))
                                : pkcs8(wrapPkcs1(der)));
            }
            return Optional.of(pkcs8(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new KeyException("cannot read the key (" + e.getMessage() + ")");
        }
    }

    private static char[] ask(Supplier<char[]> password) throws KeyException {
        char[] given = password.get();
        if (given == null) {
            throw new KeyException(
                    "the key is encrypted: give its password with --cert-key-pass PASS (no terminal to ask on)");
        }
        return given;
    }

    private static byte[] decryptPkcs8(byte[] der, char[] password) throws GeneralSecurityException, KeyException {
        EncryptedPrivateKeyInfo info;
        try {
            info = new EncryptedPrivateKeyInfo(der);
        } catch (java.io.IOException e) {
            throw new KeyException("not an encrypted PKCS#8 key (" + e.getMessage() + ")");
        }
        // For PBES2 the JDK names the real scheme in the parameters ("PBEWithHmacSHA256AndAES_256").
        String algorithm = info.getAlgParameters() == null
                ? info.getAlgName()
                : info.getAlgParameters().toString();
        Cipher cipher = Cipher.getInstance(algorithm);
        cipher.init(
                Cipher.DECRYPT_MODE,
                SecretKeyFactory.getInstance(algorithm).generateSecret(new PBEKeySpec(password)),
                info.getAlgParameters());
        try {
            return info.getKeySpec(cipher).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new KeyException("wrong password for the key");
        }
    }

    /** OpenSSL's legacy PEM encryption: the key is EVP_BytesToKey(MD5, password, first 8 bytes of the IV). */
    private static byte[] decryptOpenSsl(byte[] der, String cipherName, String ivHex, char[] password)
            throws GeneralSecurityException, KeyException {
        byte[] iv = HexFormat.of().parseHex(ivHex);
        String name = cipherName.toUpperCase(Locale.ROOT);
        int keyLength;
        String transformation;
        String keyAlgorithm;
        if (List.of("AES-128-CBC", "AES-192-CBC", "AES-256-CBC").contains(name)) {
            keyLength = Integer.parseInt(name.substring(4, 7)) / 8;
            transformation = "AES/CBC/PKCS5Padding";
            keyAlgorithm = "AES";
        } else if (name.equals("DES-EDE3-CBC")) {
            keyLength = 24;
            transformation = "DESede/CBC/PKCS5Padding";
            keyAlgorithm = "DESede";
        } else {
            throw new KeyException("keys encrypted with " + cipherName + " are not supported");
        }
        byte[] secret = new String(password).getBytes(StandardCharsets.UTF_8);
        byte[] key = new byte[keyLength];
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        byte[] block = new byte[0];
        for (int filled = 0; filled < keyLength; filled += block.length) {
            md5.update(block);
            md5.update(secret);
            md5.update(iv, 0, 8);
            block = md5.digest();
            System.arraycopy(block, 0, key, filled, Math.min(block.length, keyLength - filled));
        }
        Cipher cipher = Cipher.getInstance(transformation);
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, keyAlgorithm), new IvParameterSpec(iv));
        try {
            return cipher.doFinal(der);
        } catch (GeneralSecurityException e) {
            throw new KeyException("wrong password for the key");
        }
    }

    /** PKCS#8 PrivateKeyInfo around a PKCS#1 RSAPrivateKey: SEQUENCE { version, algorithm, OCTET STRING key }. */
    private static byte[] wrapPkcs1(byte[] pkcs1) {
        byte[] octets = concat(new byte[] {0x04}, length(pkcs1.length), pkcs1);
        byte[] content = concat(RSA_ALGORITHM, octets);
        return concat(new byte[] {0x30}, length(content.length), content);
    }

    private static byte[] length(int length) {
        if (length < 0x80) {
            return new byte[] {(byte) length};
        }
        int bytes = length > 0xffff ? 3 : length > 0xff ? 2 : 1;
        byte[] out = new byte[bytes + 1];
        out[0] = (byte) (0x80 | bytes);
        for (int i = 0; i < bytes; i++) {
            out[bytes - i] = (byte) (length >>> (8 * i));
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        int size = 0;
        for (byte[] part : parts) {
            size += part.length;
        }
        byte[] out = new byte[size];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    /** A decrypted key: when it is not one, the padding happened to look right but the password was wrong. */
    private static PrivateKey decrypted(byte[] der) throws KeyException {
        try {
            return pkcs8(der);
        } catch (KeyException e) {
            throw new KeyException("wrong password for the key");
        }
    }

    /** The key of a PKCS#8 structure, whichever of the JDK's algorithms it is. */
    private static PrivateKey pkcs8(byte[] der) throws KeyException {
        for (String algorithm : List.of("RSA", "EC", "Ed25519", "Ed448", "RSASSA-PSS", "DSA")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException notThisOne) {
                // try the next algorithm
            }
        }
        throw new KeyException("not a private key the JDK can read");
    }
}
