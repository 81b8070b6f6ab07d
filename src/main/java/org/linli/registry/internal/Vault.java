package org.linli.registry.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal identifiers at rest (AES-256-GCM, random 96-bit IV stored before the
 * ciphertext) and hashes them with a keyed HMAC-SHA-256 for exact search. The master key comes
 * from {@code linli.vault.key} (base64 of 32 bytes; production sets it from the environment as
 * LINLI_VAULT_KEY); without it a key is generated once into the data folder.
 */
@Component
public class Vault {

    private static final Logger log = LoggerFactory.getLogger(Vault.class);
    private static final int IV_BYTES = 12;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec hashKey;
    private final SecureRandom random = new SecureRandom();
    // Mac and Cipher instances are not thread-safe but costly to look up: one of each per thread.
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(Vault::newCipher);

    Vault(@Value("${linli.vault.key:}") String configuredKey, @Value("${linli.data-dir}") Path dataDir) {
        byte[] master = configuredKey.isBlank() ? keyFile(dataDir.resolve("keys").resolve("vault.key"))
                : Base64.getDecoder().decode(configuredKey.strip());
        if (master.length != 32) {
            throw new IllegalStateException("linli.vault.key must be 32 bytes, base64-encoded");
        }
        this.encryptionKey = new SecretKeySpec(derive(master, "linli/encrypt"), "AES");
        this.hashKey = new SecretKeySpec(derive(master, "linli/hash"), "HmacSHA256");
    }

    /**
     * The vault as the application would open it, for code that runs outside the application
     * context: the Flyway migration that replaced the clear parts of ID numbers by keyed hashes.
     */
    public static Vault open(String configuredKey, Path dataDir) {
        return new Vault(configuredKey == null ? "" : configuredKey, dataDir);
    }

    public byte[] encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(byte[] stored) {
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(128, stored, 0, IV_BYTES));
            return new String(cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed: wrong key or altered data", e);
        }
    }

    /** The keyed hash an exact search compares with; equal inputs give equal hashes. */
    public byte[] hash(String plain) {
        return macs.get().doFinal(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The keyed hash of an ID number's region (its first six digits), for searches by region. */
    public byte[] hashIdRegion(String region) {
        return hash("id-region:" + region);
    }

    /** The keyed hash of an ID number's last four characters, for searches by them. */
    public byte[] hashIdLast4(String lastFour) {
        return hash("id-last4:" + lastFour.strip().toUpperCase());
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] derive(byte[] master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] keyFile(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            Files.createDirectories(file.getParent());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                log.debug("file system without POSIX permissions");
            }
            log.warn("生成了新的个人信息加密密钥 {}：请妥善备份；生产环境请用环境变量 LINLI_VAULT_KEY 提供密钥", file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
