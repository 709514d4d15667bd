package dev.restsh.shell.http;

import dev.restsh.shell.RestshException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.Certificate;

/** Checks that a private key belongs to a certificate: what the key signs, the certificate's public key verifies. */
final class KeyPairCheck {
    private KeyPairCheck() {}

    static void requireMatch(PrivateKey key, Certificate certificate, Path keyFile, Path certFile) {
        PublicKey publicKey = certificate.getPublicKey();
        if (!key.getAlgorithm().equals(publicKey.getAlgorithm()) || !signsFor(key, publicKey)) {
            throw RestshException.usage("client key " + keyFile + " does not match the certificate in " + certFile);
        }
    }

    private static boolean signsFor(PrivateKey key, PublicKey publicKey) {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "DSA" -> "SHA256withDSA";
            case "RSASSA-PSS" -> "RSASSA-PSS";
            default -> key.getAlgorithm(); // EdDSA, Ed25519, Ed448 sign by their own name
        };
        byte[] probe = "restsh: does this key belong to this certificate?".getBytes(StandardCharsets.US_ASCII);
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return true; // a scheme this check cannot exercise: the handshake will tell
        }
    }
}
